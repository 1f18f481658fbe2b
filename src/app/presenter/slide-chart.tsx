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
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/locales/en";
import type { TradeArmsSeries } from "../../panels/trade-arms/trade-arms-series";
import type { SlidePlan } from "./slide-plan";
import "./slide-chart.css";

type Range = SlidePlan["range"];

const TICK = { fontSize: 20 };
const MARGIN = { top: 36, right: 12, bottom: 4, left: 12 };
const AXIS_WIDTH = 84;
/** Value labels beside every point only while they stay readable. */
const MAX_LABELLED_POINTS = 14;

function yearTicks({ from, to }: Range): number[] {
  const every = Math.max(1, Math.ceil((to - from + 1) / 9));
  const ticks: number[] = [];
  for (let year = from; year <= to; year += every) ticks.push(year);
  return ticks;
}

const inRange = (year: number, range: Range) => year >= range.from && year <= range.to;

interface LegendEntry {
  key: MessageKey;
  mark: string;
}

function SlideLegend({ entries }: { entries: LegendEntry[] }) {
  const { t } = useI18n();
  return (
    <ul className="slide-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className={`legend-mark legend-mark--${entry.mark}`} aria-hidden="true" />
          {t(entry.key)}
        </li>
      ))}
    </ul>
  );
}

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
  const domain: [number, number] = [range.from - 0.6, range.to + 0.6];
  const years = range.to - range.from + 1;
  const barSize = Math.max(8, Math.min(64, ((width - 2 * AXIS_WIDTH) / (years + 1.2)) * 0.6));

  // Every year of the range is a row, so the axes are drawn even when only published shares are shown.
  const arms = Array.from({ length: years }, (_, i) => {
    const year = range.from + i;
    return series.arms.find((row) => row.year === year) ?? { year };
  });
  const hasArmsRows = series.arms.some((row) => inRange(row.year, range));
  const windows = series.windows.filter((w) => w.from <= range.to && w.to >= range.from);
  const sipriDeals = series.sipriDeals.filter((d) => inRange(d.year, range));
  const trade = series.trade.filter((p) => inRange(p.year, range));
  const reported = series.reportedDeals.filter((d) => inRange(d.year, range));
  const oil = series.oilShare.filter((p) => inRange(p.year, range));
  const labelled = trade.length + reported.length + oil.length <= MAX_LABELLED_POINTS;

  const legend: LegendEntry[] = [];
  if (plots.arms && hasArmsRows) {
    legend.push({ key: "trade.israelTiv", mark: "bar-israel" }, { key: "trade.otherTiv", mark: "bar-other" });
    legend.push({ key: "trade.sharePct", mark: "line-share" });
  }
  if (plots.arms && windows.length) legend.push({ key: "trade.windowPct", mark: "window-line" });
  if (plots.arms && sipriDeals.length) legend.push({ key: "trade.sipriDeals", mark: "dot-deal" });
  if (plots.money && trade.length) legend.push({ key: "trade.tradeFigures", mark: "dot-trade" });
  if (plots.money && reported.length) legend.push({ key: "trade.reportedDeals", mark: "diamond-deal" });
  if (plots.money && oil.length) legend.push({ key: "trade.oilShare", mark: "triangle-oil" });
  if (milestoneYear !== null && inRange(Math.floor(milestoneYear), range))
    legend.push({ key: "trade.selected", mark: "milestone-line" });

  const xAxis = (
    <XAxis
      type="number"
      dataKey="year"
      domain={domain}
      ticks={yearTicks(range)}
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
    milestoneYear !== null && inRange(Math.floor(milestoneYear), range) ? (
      <ReferenceLine
        yAxisId={yAxisId}
        // Marks stand in the middle of their year; a year-precise milestone stands on them.
        x={milestoneYear - 0.5}
        className="milestone-line"
      />
    ) : null;
  const axisTitle = (key: MessageKey) => <p className="slide-chart__axis-title">{t(key)}</p>;

  return (
    <div className="slide-chart" dir="ltr">
      <SlideLegend entries={legend} />
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
                <Bar
                  yAxisId="tiv"
                  dataKey="israelTiv"
                  stackId="tiv"
                  className="bar-israel"
                  barSize={barSize}
                  isAnimationActive={false}
                />
                <Bar
                  yAxisId="tiv"
                  dataKey="otherTiv"
                  stackId="tiv"
                  className="bar-other"
                  barSize={barSize}
                  isAnimationActive={false}
                />
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
          <figcaption>{t("trade.moneyChart")}</figcaption>
          {axisTitle("trade.usdAxis")}
          <div className="slide-chart__canvas">
            <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
              <ComposedChart margin={MARGIN}>
                {xAxis}
                <YAxis
                  yAxisId="usd"
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
                {trade.length > 0 && (
                  <Scatter
                    yAxisId="usd"
                    data={trade}
                    dataKey="value"
                    className="dot-trade"
                    isAnimationActive={false}
                  >
                    {labelled && (
                      <LabelList
                        dataKey="value"
                        position="top"
                        className="slide-chart__value"
                        formatter={(v: unknown) => formatNumber(Number(v))}
                      />
                    )}
                  </Scatter>
                )}
                {reported.length > 0 && (
                  <Scatter
                    yAxisId="usd"
                    data={reported}
                    dataKey="value"
                    shape="diamond"
                    className="diamond-deal"
                    isAnimationActive={false}
                  >
                    {labelled && (
                      <LabelList
                        dataKey="value"
                        position="top"
                        className="slide-chart__value"
                        formatter={(v: unknown) => formatNumber(Number(v))}
                      />
                    )}
                  </Scatter>
                )}
                {oil.length > 0 && (
                  <Scatter
                    yAxisId="pct"
                    data={oil}
                    dataKey="value"
                    shape="triangle"
                    className="triangle-oil"
                    isAnimationActive={false}
                  >
                    {labelled && (
                      <LabelList
                        dataKey="value"
                        position="top"
                        className="slide-chart__value"
                        formatter={(v: unknown) => `${formatNumber(Number(v))}%`}
                      />
                    )}
                  </Scatter>
                )}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
    </div>
  );
}
