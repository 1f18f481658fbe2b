import type { MessageKey } from "@/i18n/locales/en";
import type { TradeArmsSeries } from "@/panels/trade-arms/trade-arms-series";
import type { SlidePlan } from "./slide-plan";

type Range = SlidePlan["range"];

/** Value labels beside every point only while they stay readable. */
const MAX_LABELLED_POINTS = 14;

export interface LegendEntry {
  key: MessageKey;
  mark: string;
}

export const inRange = (year: number, range: Range) => year >= range.from && year <= range.to;

function yearTicks({ from, to }: Range): number[] {
  const every = Math.max(1, Math.ceil((to - from + 1) / 9));
  const ticks: number[] = [];
  for (let year = from; year <= to; year += every) ticks.push(year);
  return ticks;
}

/** What one slide's chart draws: the series cut to the step's years, and the legend of what is left. */
export function slideChartModel(
  series: TradeArmsSeries,
  range: Range,
  plots: { arms: boolean; money: boolean },
  milestoneYear: number | null,
) {
  const years = range.to - range.from + 1;
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
  const showsMilestone = milestoneYear !== null && inRange(Math.floor(milestoneYear), range);

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
  if (showsMilestone) legend.push({ key: "trade.selected", mark: "milestone-line" });

  return {
    years,
    domain: [range.from - 0.6, range.to + 0.6] as [number, number],
    ticks: yearTicks(range),
    arms,
    hasArmsRows,
    windows,
    sipriDeals,
    trade,
    reported,
    oil,
    labelled: trade.length + reported.length + oil.length <= MAX_LABELLED_POINTS,
    showsMilestone,
    legend,
  };
}
