import { memo, type ReactNode } from "react";
import { ComposedChart, ResponsiveContainer, XAxis } from "recharts";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { AxisTick } from "./axis-tick";
import { ScaleProbe, type XScale } from "./scale-probe";
import { StandingOverlayLayers } from "./standing-overlays";

const TICKS = [1991, 1995, 2000, 2005, 2010, 2015, 2020, 2025];
const NARROW_TICKS = [1991, 2000, 2010, 2020];
const X_DOMAIN: [number, number] = [YEAR_MIN - 0.5, YEAR_MAX + 0.5];
export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

/**
 * The part of a chart Recharts lays out: axes, the standing overlays and the marks. Memoised, and
 * given only what changes with the data: the standing overlays come by context, and a hover or a
 * drag is drawn over it by the chart's overlay, because each render here makes Recharts re-run
 * its whole store.
 */
export const ChartCanvas = memo(function ChartCanvas({
  rows,
  yAxis,
  narrow,
  formatYear,
  onScale,
  marks,
}: {
  rows: readonly object[];
  yAxis: ReactNode;
  /** Fewer year ticks, for a plot too narrow for five-year steps. */
  narrow: boolean;
  formatYear: (year: number) => string;
  onScale: (scale: XScale) => void;
  marks: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" minHeight={80}>
      <ComposedChart data={rows as object[]} margin={CHART_MARGIN} barCategoryGap={1}>
        <XAxis
          type="number"
          dataKey="year"
          domain={X_DOMAIN}
          ticks={narrow ? NARROW_TICKS : TICKS}
          allowDataOverflow
          interval={0}
          niceTicks="none"
          tick={AxisTick}
          tickFormatter={formatYear}
        />
        {yAxis}
        {marks}
        <StandingOverlayLayers />
        <ScaleProbe onScale={onScale} />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
