import type { ArmsDeal, Citation, Lang, Milestone, PointFigure, TradeArmsFile } from "../../data/schemas";
import type { Criteria } from "../../filters/clauses";
import { showsCategory } from "../../filters/clauses";
import { involvesFeature, milestoneMatches, milestoneYears } from "../../filters/milestone-filter";
import { YEAR_MAX, YEAR_MIN } from "../../filters/view-state";

export interface ArmsRow {
  year: number;
  israelTiv: number;
  otherTiv: number;
  /** Computed by Iceberg from SIPRI's totals; absent when Azerbaijan imported nothing. */
  sharePct: number | null;
}

export interface PointMark {
  id: string;
  year: number;
  value: number;
  label: string;
  period: string;
  approximate: boolean;
  source: string;
  caveat: string | null;
}

export interface WindowMark {
  from: number;
  to: number;
  pct: number;
  source: string;
}

export interface DealMark {
  id: string;
  year: number;
  value: number;
  label: string;
  milestone: string | null;
}

export interface TradeArmsSeries {
  show: { arms: boolean; trade: boolean; energy: boolean };
  sipriHidden: boolean;
  arms: ArmsRow[];
  windows: WindowMark[];
  sipriDeals: DealMark[];
  reportedDeals: DealMark[];
  trade: PointMark[];
  oilShare: PointMark[];
  referenceYear: number | null;
  highlightYears: number[];
}

interface Input {
  data: TradeArmsFile;
  milestones: readonly Milestone[];
  criteria: Criteria;
  lang: Lang;
  docTitle: (id: string) => string;
}

const backedBy = (citations: readonly Citation[], sources: string[] | null) =>
  sources === null || citations.some((c) => sources.includes(c.doc));

/** A milestone's position on a year axis: mid-year for a year, mid-month for a month. */
export function fractionalYear(iso: string): number {
  const [y = 0, m, d] = iso.split("-").map(Number);
  if (m === undefined) return y + 0.5;
  return y + (m - 1 + (d === undefined ? 0.5 : (d - 1) / 31)) / 12;
}

/** SIPRI's own uncertainty marks stay visible: "2005? · 50? × EXTRA (surface-to-surface missile)". */
export function sipriDealLabel(deal: ArmsDeal): string {
  const year = `${deal.orderYear}${deal.orderYearUncertain ? "?" : ""}`;
  const count =
    deal.numberOrdered === null ? "" : `${deal.numberOrdered}${deal.numberOrderedUncertain ? "?" : ""} × `;
  return `${year} · ${count}${deal.designation} (${deal.description})`;
}

export function deriveTradeArmsSeries({
  data,
  milestones,
  criteria,
  lang,
  docTitle,
}: Input): TradeArmsSeries {
  const show = {
    arms: showsCategory(criteria, "arms"),
    trade: showsCategory(criteria, "trade"),
    energy: showsCategory(criteria, "energy"),
  };
  const sipriHidden = criteria.sources !== null;
  const sourceLabel = (figure: {
    sources: readonly Citation[];
    external: readonly { publisher: string }[];
  }) =>
    [...figure.sources.map((c) => docTitle(c.doc)), ...figure.external.map((e) => e.publisher)].join("; ");
  const toPoint = (figure: PointFigure): PointMark => ({
    id: figure.id,
    year: figure.year,
    value: figure.value,
    label: figure.metric[lang],
    period: figure.period.label[lang],
    approximate: figure.approximate,
    source: sourceLabel(figure),
    caveat: figure.caveat?.[lang] ?? null,
  });
  const keep = (figure: PointFigure) => backedBy(figure.sources, criteria.sources);

  const arms: ArmsRow[] =
    show.arms && !sipriHidden
      ? data.arms.annual.map(({ year, israelTiv, totalTiv }) => ({
          year,
          israelTiv,
          otherTiv: Math.max(0, totalTiv - israelTiv),
          sharePct: totalTiv > 0 ? Math.round((israelTiv / totalTiv) * 1000) / 10 : null,
        }))
      : [];

  const windows: WindowMark[] = show.arms
    ? data.arms.windows
        .filter((w) => (criteria.sources === null ? true : backedBy(w.sources, criteria.sources)))
        .map((w) => ({ from: w.from, to: w.to, pct: w.israelSharePct, source: sourceLabel(w) }))
    : [];

  const sipriDeals: DealMark[] =
    show.arms && !sipriHidden
      ? data.arms.deals
          .filter((deal) => deal.tivTotal !== null)
          .map((deal) => ({
            id: deal.id,
            year: deal.orderYear,
            value: deal.tivTotal ?? 0,
            label: sipriDealLabel(deal),
            milestone: deal.milestone ?? null,
          }))
      : [];

  const reportedDeals: DealMark[] = show.arms
    ? data.reportedDeals
        .filter((deal) => backedBy(deal.sources, criteria.sources))
        .map((deal) => ({
          id: deal.id,
          year: deal.year,
          value: deal.valueUsdM,
          label: deal.title[lang],
          milestone: deal.milestone ?? null,
        }))
    : [];

  const selected = criteria.milestone ? milestones.find((m) => m.id === criteria.milestone) : undefined;
  const featureId = criteria.feature;
  const highlightYears = featureId
    ? [
        ...new Set(
          milestones
            .filter(
              (m) => involvesFeature(m, featureId) && milestoneMatches(m, criteria, ["range", "feature"]),
            )
            .flatMap((m) => {
              // Only the years the chart shows are drawn, however long a milestone lasts.
              const years = milestoneYears(m);
              const start = Math.max(years.start, YEAR_MIN);
              const end = Math.min(years.end, YEAR_MAX);
              return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
            }),
        ),
      ].sort((a, b) => a - b)
    : [];

  return {
    show,
    sipriHidden,
    arms,
    windows,
    sipriDeals,
    reportedDeals,
    trade: show.trade ? data.trade.filter(keep).map(toPoint) : [],
    oilShare: show.energy ? data.oilShare.filter(keep).map(toPoint) : [],
    referenceYear: selected ? fractionalYear(selected.date.start) : null,
    highlightYears,
  };
}

export interface SeriesHighlights {
  peakYear: number;
  peakTiv: number;
  shareYear: number;
  sharePct: number;
}

/** The facts a sentence about the chart should carry: the peak of deliveries and of Israel's share. */
export function seriesHighlights(arms: readonly ArmsRow[]): SeriesHighlights | null {
  const peak = arms.reduce<ArmsRow | null>(
    (best, row) => (!best || row.israelTiv > best.israelTiv ? row : best),
    null,
  );
  const share = arms.reduce<ArmsRow | null>(
    (best, row) => (row.sharePct !== null && (!best || row.sharePct > (best.sharePct ?? 0)) ? row : best),
    null,
  );
  if (!peak || !share || share.sharePct === null) return null;
  return { peakYear: peak.year, peakTiv: peak.israelTiv, shareYear: share.year, sharePct: share.sharePct };
}
