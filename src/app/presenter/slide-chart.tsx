import { useState } from "react";
import {
  Bar,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { useI18n } from "@/i18n/i18n";
import type { MessageKey } from "@/i18n/locales/en";
import type { TradeArmsSeries } from "@/panels/trade-arms/trade-arms-series";
import { slideChartModel } from "./slide-chart-model";
import { SlideLegend } from "./slide-legend";
import type { SlidePlan } from "./slide-plan";
import "@/panels/trade-arms/chart-marks.css";
import "@/panels/trade-arms/chart-legend.css";
import "./slide-chart.css";

type Range = SlidePlan["range"];

const TICK = { fontSize: 20 };
const MARGIN = { top: 36, right: 12, bottom: 4, left: 12 };
const AXIS_WIDTH = 84;
const BARS = [
  { dataKey: "israelTiv", className: "bar-israel" },
  { dataKey: "otherTiv", className: "bar-other" },
] as const;

/**
 * The chart of one slide: only the plots with marks in the step's years, zoomed to those years,
 * with type and marks sized for a projector. Read-only: no brush, no tooltips.
 */
export default function SlideChart({
  series,
  range,
  plots,
  milestoneYear,
}: {
  series: TradeArmsSeries;
  range: Range;
  plots: { arms: boolean; money: boolean };
  /** Where the step's milestone falls, as a fractional year (mid-year for a year-precise date). */
  milestoneYear: number | null;
}) {
  const { t, formatNumber, formatYear } = useI18n();
  const [width, setWidth] = useState(800);
  const model = slideChartModel(series, range, plots, milestoneYear);
  const { arms, hasArmsRows, windows, sipriDeals, labelled } = model;
  // A step with only Israel's oil shares in its years draws them on their percent axis, under a title that says so.
  const hasUsd = model.trade.length + model.reported.length > 0;
  const barSize = Math.max(8, Math.min(64, ((width - 2 * AXIS_WIDTH) / (model.years + 1.2)) * 0.6));
  const points = [
    { data: model.trade, yAxisId: "usd", shape: "circle", className: "dot-trade", unit: "" },
    { data: model.reported, yAxisId: "usd", shape: "diamond", className: "diamond-deal", unit: "" },
    { data: model.oil, yAxisId: "pct", shape: "triangle", className: "triangle-oil", unit: "%" },
  ] as const;

  const xAxis = (
    <XAxis
      type="number"
      dataKey="year"
      domain={model.domain}
      ticks={model.ticks}
      allowDataOverflow
      tick={TICK}
      tickFormatter={(y: number) => formatYear(y)}
    />
  );
  const percentAxis = (
    <YAxis
      yAxisId="pct"
      orientation="right"
      width={AXIS_WIDTH}
      domain={[0, 100]}
      ticks={[0, 25, 50, 75, 100]}
      tick={TICK}
      tickFormatter={(v: number) => `${formatNumber(v)}%`}
    />
  );
  const milestoneLine = (yAxisId: string) =>
    milestoneYear !== null && model.showsMilestone ? (
      <ReferenceLine
        yAxisId={yAxisId}
        // Marks stand in the middle of their year, where fractionalYear puts a year-precise milestone too.
        x={milestoneYear}
        className="milestone-line"
      />
    ) : null;
  const axisTitle = (key: MessageKey) => <p className="slide-chart__axis-title">{t(key)}</p>;

  return (
    <div className="slide-chart" dir="ltr">
      <SlideLegend entries={model.legend} />
      {plots.arms && (
        <figure className="slide-chart__plot">
          <figcaption>{t("trade.armsChart")}</figcaption>
          {hasArmsRows && axisTitle("trade.tivAxis")}
          <div className="slide-chart__canvas">
            <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
              <ComposedChart data={arms} margin={MARGIN}>
                {xAxis}
                <YAxis
                  yAxisId="tiv"
                  width={AXIS_WIDTH}
                  // Kept, though blank, when only published shares are drawn: both plots share one time axis.
                  tick={hasArmsRows || sipriDeals.length > 0 ? TICK : false}
                  axisLine={hasArmsRows || sipriDeals.length > 0}
                  tickFormatter={(v: number) => formatNumber(v)}
                />
                {percentAxis}
                <ZAxis type="number" dataKey="value" range={[300, 2400]} />
                {milestoneLine("tiv")}
                {BARS.map((bar) => (
                  <Bar
                    key={bar.dataKey}
                    yAxisId="tiv"
                    dataKey={bar.dataKey}
                    stackId="tiv"
                    className={bar.className}
                    barSize={barSize}
                    isAnimationActive={false}
                  />
                ))}
                <Line
                  yAxisId="pct"
                  dataKey="sharePct"
                  type="linear"
                  connectNulls={false}
                  className="line-share"
                  dot={{ r: 6 }}
                  isAnimationActive={false}
                />
                {windows.map((w) => (
                  <Line
                    key={`${w.from}-${w.to}-${w.pct}`}
                    yAxisId="pct"
                    data={[
                      {
                        year: Math.max(w.from, range.from) - 0.4,
                        windowPct: w.pct,
                        label: `${formatNumber(w.pct)}% (${formatYear(w.from)}–${formatYear(w.to)})`,
                      },
                      { year: Math.min(w.to, range.to) + 0.4, windowPct: w.pct },
                    ]}
                    dataKey="windowPct"
                    className="window-line"
                    dot={false}
                    isAnimationActive={false}
                  >
                    <LabelList dataKey="label" position="bottom" className="slide-chart__value" />
                  </Line>
                ))}
                {sipriDeals.length > 0 && (
                  <Scatter
                    yAxisId="tiv"
                    data={sipriDeals}
                    dataKey="value"
                    className="dot-deal"
                    isAnimationActive={false}
                  />
                )}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
      {plots.money && (
        <figure className="slide-chart__plot">
          <figcaption>{t(hasUsd ? "trade.moneyChart" : "trade.oilShare")}</figcaption>
          {hasUsd && axisTitle("trade.usdAxis")}
          <div className="slide-chart__canvas">
            <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
              <ComposedChart margin={MARGIN}>
                {xAxis}
                <YAxis
                  yAxisId="usd"
                  hide={!hasUsd}
                  width={AXIS_WIDTH}
                  scale="log"
                  domain={[1, 10000]}
                  allowDataOverflow
                  ticks={[1, 10, 100, 1000, 10000]}
                  tick={TICK}
                  tickFormatter={(v: number) => formatNumber(v)}
                />
                {percentAxis}
                <ZAxis type="number" range={[500, 500]} />
                {milestoneLine("usd")}
                {points.map(
                  (point) =>
                    point.data.length > 0 && (
                      <Scatter
                        key={point.className}
                        yAxisId={point.yAxisId}
                        data={point.data}
                        dataKey="value"
                        shape={point.shape}
                        className={point.className}
                        isAnimationActive={false}
                      >
                        {labelled && (
                          <LabelList
                            dataKey="value"
                            position="top"
                            className="slide-chart__value"
                            formatter={(v: unknown) => `${formatNumber(Number(v))}${point.unit}`}
                          />
                        )}
                      </Scatter>
                    ),
                )}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
    </div>
  );
}
