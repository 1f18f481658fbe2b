import { memo, type ReactNode } from "react";
import { ComposedChart, ReferenceArea, ReferenceLine, ResponsiveContainer, XAxis } from "recharts";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { AxisTick } from "./axis-tick";
import { ScaleProbe, type XScale } from "./scale-probe";

const TICKS = [1991, 1995, 2000, 2005, 2010, 2015, 2020, 2025];
const NARROW_TICKS = [1991, 2000, 2010, 2020];
const X_DOMAIN: [number, number] = [YEAR_MIN - 0.5, YEAR_MAX + 0.5];
const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

/** What the chart keeps drawn until the view changes: the brush, linked years and the selection. */
export interface StandingOverlays {
  band: { from: number; to: number } | null;
  highlightSpans: { from: number; to: number }[];
  referenceYear: number | null;
  referenceLabel: string;
}

/**
 * The part of a chart Recharts draws: axes, the standing overlays and the marks. Memoised, and
 * given only what changes with the view: a hover or a drag is drawn over it by the chart's overlay,
 * because each render here makes Recharts re-run its whole store.
 */
export const ChartCanvas = memo(function ChartCanvas({
  rows,
  yAxis,
  overlays,
  narrow,
  formatYear,
  onScale,
  marks,
}: {
  rows: readonly object[];
  yAxis: ReactNode;
  overlays: StandingOverlays;
  /** Fewer year ticks, for a plot too narrow for five-year steps. */
  narrow: boolean;
  formatYear: (year: number) => string;
  onScale: (scale: XScale) => void;
  marks: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" minHeight={80}>
      <ComposedChart data={rows as object[]} margin={MARGIN} barCategoryGap={1}>
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
        {overlays.highlightSpans.map((span) => (
          <ReferenceArea
            key={`hl-${span.from}`}
            x1={span.from - 0.5}
            x2={span.to + 0.5}
            className="feature-year"
            ifOverflow="hidden"
          />
        ))}
        {overlays.band && (
          <ReferenceArea
            x1={overlays.band.from - 0.5}
            x2={overlays.band.to + 0.5}
            className="brush-band"
            ifOverflow="hidden"
          />
        )}
        {marks}
        {overlays.referenceYear !== null && (
          <ReferenceLine
            x={overlays.referenceYear}
            className="milestone-line"
            ifOverflow="hidden"
            label={{
              value: overlays.referenceLabel,
              position: "insideTopLeft",
              className: "milestone-line__label",
            }}
          />
        )}
        <ScaleProbe onScale={onScale} />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
