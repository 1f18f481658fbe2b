import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { Citation, Lang } from "@/data/schemas";
import type { ArmsDeal, ArmsYear, OilShare, PointFigure, TradeArmsFile } from "@/data/trade-arms-schemas";
import type { Criteria } from "@/filters/clauses";
import { showsCategory } from "@/filters/clauses";
import { isDated } from "@/filters/milestone-filter";
import { indexMilestones, milestoneById } from "@/filters/milestone-index";
import { fractionalYear, linkedYears } from "./chart-years";

export interface ArmsRow {
  year: number;
  israelTiv: number;
  otherTiv: number;
  /** Computed by Iceberg from SIPRI's totals; absent when Azerbaijan imported nothing. */
  sharePct: number | null;
  /** SIPRI's TIV tables (July 2022), or yearly sums from its later deal register: two data versions. */
  release: "tiv-tables" | "register";
  /** TIV per supplier id (Israel included); a supplier with no key delivered nothing recorded that year. */
  bySupplier: Record<string, number>;
  /** Israel's arms exports to all recipients; known for the TIV-table years only. */
  israelExportsTiv: number | null;
  /** Azerbaijan's share of Israel's arms exports, computed by Iceberg. */
  azShareOfIsraelExportsPct: number | null;
}

export interface SupplierKey {
  id: string;
  label: string;
  /** Over the rows shown, for ordering a stack or folding the smallest into "other". */
  totalTiv: number;
}

export interface PointMark {
  id: string;
  year: number;
  value: number;
  label: string;
  period: string;
  unit: string;
  approximate: boolean;
  source: string;
  caveat: string | null;
}

export interface OilShareMark extends PointMark {
  measure: OilShare["measure"];
}

export interface WindowMark {
  from: number;
  to: number;
  pct: number;
  /** The same share recomputed by Iceberg from the TIV tables, beside the published one. */
  computedPct: number | null;
  /** Published with the window: Azerbaijan's share of Israel's arms exports. */
  azShareOfIsraelExportsPct: number | null;
  source: string;
}

export interface DealMark {
  id: string;
  year: number;
  value: number;
  label: string;
  source: string;
  milestone: string | null;
}

export interface TradeArmsSeries {
  show: { arms: boolean; trade: boolean; energy: boolean };
  sipriHidden: boolean;
  arms: ArmsRow[];
  /** SIPRI's release, named on every mark drawn from it. */
  sipriSource: string;
  suppliers: SupplierKey[];
  /** The data version of the register rows, for the chart's note; null when there are none. */
  registerRelease: string | null;
  windows: WindowMark[];
  sipriDeals: DealMark[];
  reportedDeals: DealMark[];
  trade: PointMark[];
  oilShare: OilShareMark[];
  /** Crude volumes in kb/d, Mt or million bbl: never on the same axis as a share. */
  oilVolumes: PointMark[];
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

const shareOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

function toArmsRow(row: ArmsYear, release: ArmsRow["release"]): ArmsRow {
  const { year, israelTiv, totalTiv } = row;
  const israelExportsTiv = row.israelExportsTiv ?? null;
  return {
    year,
    israelTiv,
    otherTiv: Math.max(0, Math.round((totalTiv - israelTiv) * 100) / 100),
    sharePct: shareOf(israelTiv, totalTiv),
    release,
    bySupplier: Object.fromEntries((row.bySupplier ?? []).map((s) => [s.supplier, s.tiv])),
    israelExportsTiv,
    azShareOfIsraelExportsPct: israelExportsTiv === null ? null : shareOf(israelTiv, israelExportsTiv),
  };
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
    unit: figure.unit,
    approximate: figure.approximate,
    source: sourceLabel(figure),
    caveat: figure.caveat?.[lang] ?? null,
  });
  const keep = (figure: PointFigure) => backedBy(figure.sources, criteria.sources);

  const arms: ArmsRow[] =
    show.arms && !sipriHidden
      ? [
          ...data.arms.annual.map((row) => toArmsRow(row, "tiv-tables")),
          ...(data.arms.register?.annual ?? []).map((row) => toArmsRow(row, "register")),
        ]
      : [];
  const suppliers: SupplierKey[] = (data.arms.suppliers ?? [])
    .map((s) => ({
      id: s.id,
      label: s.name[lang],
      totalTiv: Math.round(arms.reduce((sum, row) => sum + (row.bySupplier[s.id] ?? 0), 0) * 100) / 100,
    }))
    .filter((s) => arms.some((row) => s.id in row.bySupplier))
    .sort((a, b) => b.totalTiv - a.totalTiv);

  const windows: WindowMark[] = show.arms
    ? data.arms.windows
        .filter((w) => (criteria.sources === null ? true : backedBy(w.sources, criteria.sources)))
        .map((w) => ({
          from: w.from,
          to: w.to,
          pct: w.israelSharePct,
          computedPct: w.computed?.israelSharePct ?? null,
          azShareOfIsraelExportsPct: w.azerbaijanShareOfIsraelExportsPct ?? null,
          source: sourceLabel(w),
        }))
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
            source: data.arms.release,
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
          source: sourceLabel({ sources: deal.sources, external: [] }),
          milestone: deal.milestone ?? null,
        }))
    : [];

  const selected = milestoneById(indexMilestones(milestones), criteria.milestone);
  const highlightYears = criteria.feature ? linkedYears(milestones, criteria.feature, criteria) : [];

  return {
    show,
    sipriHidden,
    arms,
    sipriSource: data.arms.release,
    suppliers,
    registerRelease: arms.some((row) => row.release === "register")
      ? (data.arms.register?.release ?? null)
      : null,
    windows,
    sipriDeals,
    reportedDeals,
    trade: show.trade ? data.trade.filter(keep).map(toPoint) : [],
    oilShare: show.energy
      ? data.oilShare.filter(keep).map((figure) => ({ ...toPoint(figure), measure: figure.measure }))
      : [],
    oilVolumes: show.energy ? (data.oilVolumes ?? []).filter(keep).map(toPoint) : [],
    referenceYear: selected && isDated(selected) ? fractionalYear(selected.date.start) : null,
    highlightYears,
  };
}
