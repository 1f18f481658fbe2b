import { useMemo } from "react";
import {
  Bar,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { chartMarks } from "./chart-marks";
import { ChartTooltip } from "./chart-tooltip";
import type { TradeArmsSeries } from "./trade-arms-series";
import { PLOT, useYearBrush, YEAR_DOMAIN } from "./year-brush";

const TICKS = [1991, 1995, 2000, 2005, 2010, 2015, 2020, 2025];
const MARGIN = { top: 10, right: 0, bottom: 0, left: 0 };
const LEFT_AXIS = PLOT.left;
const RIGHT_AXIS = PLOT.right;

export default function TradeArmsCharts({
  series,
  hoveredMilestoneYear,
}: {
  series: TradeArmsSeries;
  /** Where the milestone under the pointer in the list falls on the time axis. */
  hoveredMilestoneYear: number | null;
}) {
  const { t, formatNumber, formatYear } = useI18n();
  const from = useIceberg((s) => s.from);
  const to = useIceberg((s) => s.to);
  const setRange = useIceberg((s) => s.setRange);
  const setHover = useIceberg((s) => s.setHover);
  const { drag, handlers } = useYearBrush(
    (a, b) => setRange(a, b),
    (year) => setHover({ year }),
  );
  const hoverYear = useIceberg((s) => s.hover.year);

  const band = drag
    ? { from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) }
    : from !== null || to !== null
      ? { from: from ?? 1991, to: to ?? 2025 }
      : null;

  const overlays = (yAxisId: string) => [
    ...series.highlightYears.map((year) => (
      <ReferenceArea
        key={`hl-${year}`}
        yAxisId={yAxisId}
        x1={year - 0.5}
        x2={year + 0.5}
        className="feature-year"
        ifOverflow="hidden"
      />
    )),
    band && (
      <ReferenceArea
        key="brush"
        yAxisId={yAxisId}
        x1={band.from - 0.5}
        x2={band.to + 0.5}
        className="brush-band"
        ifOverflow="hidden"
      />
    ),
    hoverYear !== null && (
      <ReferenceLine
        key="hover-year"
        yAxisId={yAxisId}
        x={hoverYear}
        className="hover-line"
        ifOverflow="hidden"
      />
    ),
    hoveredMilestoneYear !== null && (
      <ReferenceLine
        key="hover-m"
        yAxisId={yAxisId}
        x={hoveredMilestoneYear}
        className="hover-line"
        ifOverflow="hidden"
      />
    ),
    series.referenceYear !== null && (
      <ReferenceLine
        key="selected"
        yAxisId={yAxisId}
        x={series.referenceYear}
        className="milestone-line"
        ifOverflow="hidden"
        label={{ value: t("trade.selected"), position: "insideTopLeft", className: "milestone-line__label" }}
      />
    ),
  ];

  const xAxis = (
    <XAxis
      type="number"
      dataKey="year"
      domain={YEAR_DOMAIN}
      ticks={TICKS}
      allowDataOverflow
      tickFormatter={(y: number) => formatYear(y)}
    />
  );

  const percentAxis = (
    <YAxis
      yAxisId="pct"
      orientation="right"
      width={RIGHT_AXIS}
      domain={[0, 100]}
      ticks={[0, 25, 50, 75, 100]}
      allowDataOverflow
      tickFormatter={(v: number) => `${formatNumber(v)}%`}
    />
  );
  const axisLabel = (value: string) => ({
    value,
    angle: -90,
    position: "insideLeft" as const,
    className: "axis-label",
  });

  const marks = useMemo(
    () => chartMarks(series, formatNumber, formatYear),
    [series, formatNumber, formatYear],
  );

  return (
    <div className="trade-charts" dir="ltr" {...handlers}>
      <figure className="trade-chart">
        <figcaption>{t("trade.armsChart")}</figcaption>
        <div className="trade-chart__plot" style={{ height: 240 }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={marks.arms} margin={MARGIN} barCategoryGap={1}>
              {xAxis}
              <YAxis
                yAxisId="tiv"
                width={LEFT_AXIS}
                tickFormatter={(v: number) => formatNumber(v)}
                label={axisLabel(t("trade.tivAxis"))}
              />
              {percentAxis}
              <ZAxis type="number" dataKey="value" range={[30, 400]} />
              <Tooltip content={<ChartTooltip />} isAnimationActive={false} />
              <Bar
                yAxisId="tiv"
                dataKey="israelTiv"
                stackId="tiv"
                className="bar-israel"
                barSize={8}
                isAnimationActive={false}
              />
              <Bar
                yAxisId="tiv"
                dataKey="otherTiv"
                stackId="tiv"
                className="bar-other"
                barSize={8}
                isAnimationActive={false}
              />
              <Line
                yAxisId="pct"
                dataKey="sharePct"
                type="linear"
                connectNulls={false}
                className="line-share"
                dot={{ r: 2 }}
                isAnimationActive={false}
              />
              {series.windows.map((w) => (
                <ReferenceLine
                  key={`${w.from}-${w.to}-${w.pct}`}
                  yAxisId="pct"
                  segment={[
                    { x: w.from - 0.4, y: w.pct },
                    { x: w.to + 0.4, y: w.pct },
                  ]}
                  className="window-line"
                  ifOverflow="hidden"
                />
              ))}
              <Scatter
                yAxisId="tiv"
                name={t("trade.sipriDeals")}
                data={marks.sipriDeals}
                dataKey="value"
                className="dot-deal"
                isAnimationActive={false}
              />
              {overlays("tiv")}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="trade-chart">
        <figcaption>{t("trade.moneyChart")}</figcaption>
        <div className="trade-chart__plot" style={{ height: 240 }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart margin={MARGIN}>
              {xAxis}
              <YAxis
                yAxisId="usd"
                width={LEFT_AXIS}
                scale="log"
                domain={[1, 10000]}
                allowDataOverflow
                ticks={[1, 10, 100, 1000, 10000]}
                tickFormatter={(v: number) => formatNumber(v)}
                label={axisLabel(t("trade.usdAxis"))}
              />
              {percentAxis}
              <ZAxis type="number" range={[60, 60]} />
              <Tooltip content={<ChartTooltip />} isAnimationActive={false} />
              <Scatter
                yAxisId="usd"
                name={t("trade.tradeFigures")}
                data={marks.trade}
                dataKey="value"
                className="dot-trade"
                isAnimationActive={false}
              />
              <Scatter
                yAxisId="usd"
                name={t("trade.reportedDeals")}
                data={marks.reportedDeals}
                dataKey="value"
                shape="diamond"
                className="diamond-deal"
                isAnimationActive={false}
              />
              <Scatter
                yAxisId="pct"
                name={t("trade.oilShare")}
                data={marks.oilShare}
                dataKey="value"
                shape="triangle"
                className="triangle-oil"
                isAnimationActive={false}
              />
              {overlays("usd")}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
