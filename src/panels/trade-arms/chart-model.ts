import type { OilShare } from "@/data/trade-arms-schemas";
import type { ArmsRow, SupplierKey, TradeArmsSeries } from "./trade-arms-series";

/** The three aligned charts, each with one y scale, so no reader has to match a mark to an axis. */
export type ChartId = "arms" | "shares" | "money";

/** How a mark is drawn; the legend, the tooltip swatch and the chart share these names. */
export type MarkKind =
  | "bar-israel"
  | "bar-other"
  | `bar-supplier-${number}`
  | "line-az-share"
  | "bar-register"
  | "dot-deal"
  | "line-share"
  | "window-line"
  | "dot-trade"
  | "diamond-deal"
  | `oil-${OilShare["measure"]}`;

export interface TooltipRow {
  /** Unique per mark: a row is never listed twice. */
  key: string;
  mark: MarkKind;
  label: string;
  value: string;
  detail: string | null;
  source: string;
}

export interface ChartText {
  number: (value: number) => string;
  year: (value: number) => string;
  israelTiv: string;
  otherTiv: string;
  totalTiv: (value: string) => string;
  sharePct: string;
  computedShare: string;
  windowPct: (from: string, to: string) => string;
  sipriRegister: string;
  azShare: string;
  israelExports: (value: string) => string;
}

/** Suppliers beside Israel that get a bar of their own; the rest are summed as "other suppliers". */
const STACKED = 4;

export function stackedSuppliers(series: TradeArmsSeries): SupplierKey[] {
  return series.suppliers.filter((s) => s.id !== "israel").slice(0, STACKED);
}

/** One row per year for the stacked bars and the share lines, split where SIPRI's data version changes. */
export interface ArmsBarRow {
  year: number;
  israel: number;
  /** TIV of the i-th stacked supplier, under `s0`…`s3`. */
  [supplier: `s${number}`]: number;
  rest: number;
  register: boolean;
  shareTables: number | null;
  shareRegister: number | null;
  azShare: number | null;
}

export function armsBars(series: TradeArmsSeries): ArmsBarRow[] {
  const stacked = stackedSuppliers(series);
  return series.arms.map((row) => {
    const bars: ArmsBarRow = {
      year: row.year,
      israel: row.israelTiv,
      rest: 0,
      register: row.release === "register",
      shareTables: row.release === "tiv-tables" ? row.sharePct : null,
      shareRegister: row.release === "register" ? row.sharePct : null,
      azShare: row.azShareOfIsraelExportsPct,
    };
    let shown = 0;
    stacked.forEach((s, i) => {
      const tiv = row.bySupplier[s.id] ?? 0;
      bars[`s${i}`] = tiv;
      shown += tiv;
    });
    bars.rest = Math.max(0, Math.round((row.otherTiv - shown) * 100) / 100);
    return bars;
  });
}

const rowSource = (series: TradeArmsSeries, row: ArmsRow) =>
  row.release === "register" ? (series.registerRelease ?? series.sipriSource) : series.sipriSource;

/** Which charts have something to draw: a chart with no marks is left out rather than drawn empty. */
export function chartsShown(series: TradeArmsSeries): ChartId[] {
  const charts: ChartId[] = [];
  if (series.arms.length || series.sipriDeals.length) charts.push("arms");
  if (series.arms.some((row) => row.sharePct !== null) || series.windows.length || series.oilShare.length)
    charts.push("shares");
  if (series.trade.length || series.reportedDeals.length) charts.push("money");
  return charts;
}

/** The oil-share measures present, in a fixed order, for the legend. */
export function oilMeasuresShown(series: TradeArmsSeries): OilShare["measure"][] {
  return [...new Set(series.oilShare.map((p) => p.measure))].sort();
}

const tiv = (text: ChartText, value: number) => `${text.number(value)} TIV m`;

/** Exactly the marks one chart draws at one year: what its tooltip lists for that year. */
export function marksAtYear(
  series: TradeArmsSeries,
  chart: ChartId,
  year: number,
  text: ChartText,
): TooltipRow[] {
  const rows: TooltipRow[] = [];
  const annual = series.arms.find((row) => row.year === year);
  if (chart === "arms") {
    if (annual) {
      const source = rowSource(series, annual);
      const total = text.totalTiv(tiv(text, annual.israelTiv + annual.otherTiv));
      rows.push({
        key: `israel-${year}`,
        mark: "bar-israel",
        label: text.israelTiv,
        value: tiv(text, annual.israelTiv),
        detail: total,
        source,
      });
      let shown = 0;
      stackedSuppliers(series).forEach((supplier, i) => {
        const value = annual.bySupplier[supplier.id] ?? 0;
        shown += value;
        if (value > 0)
          rows.push({
            key: `${supplier.id}-${year}`,
            mark: `bar-supplier-${i}`,
            label: supplier.label,
            value: tiv(text, value),
            detail: null,
            source,
          });
      });
      const rest = Math.round((annual.otherTiv - shown) * 100) / 100;
      if (rest > 0)
        rows.push({
          key: `other-${year}`,
          mark: "bar-other",
          label: text.otherTiv,
          value: tiv(text, rest),
          detail: null,
          source,
        });
    }
    for (const deal of series.sipriDeals.filter((d) => d.year === year)) {
      rows.push({
        key: deal.id,
        mark: "dot-deal",
        label: deal.label,
        value: tiv(text, deal.value),
        detail: null,
        source: deal.source,
      });
    }
  } else if (chart === "shares") {
    if (annual && annual.sharePct !== null) {
      rows.push({
        key: `share-${year}`,
        mark: "line-share",
        label: text.sharePct,
        value: `${text.number(annual.sharePct)}%`,
        detail: text.computedShare,
        source: rowSource(series, annual),
      });
    }
    if (annual && annual.azShareOfIsraelExportsPct !== null && annual.israelExportsTiv !== null) {
      rows.push({
        key: `az-share-${year}`,
        mark: "line-az-share",
        label: text.azShare,
        value: `${text.number(annual.azShareOfIsraelExportsPct)}%`,
        detail: text.israelExports(tiv(text, annual.israelExportsTiv)),
        source: rowSource(series, annual),
      });
    }
    for (const w of series.windows.filter((w) => w.from <= year && year <= w.to)) {
      rows.push({
        key: `window-${w.from}-${w.to}-${w.pct}`,
        mark: "window-line",
        label: text.windowPct(text.year(w.from), text.year(w.to)),
        value: `${text.number(w.pct)}%`,
        detail: null,
        source: w.source,
      });
    }
    for (const p of series.oilShare.filter((p) => p.year === year)) {
      rows.push({
        key: p.id,
        mark: `oil-${p.measure}`,
        label: p.label,
        value: `${p.approximate ? "~" : ""}${text.number(p.value)}%`,
        detail: [p.period, p.caveat].filter(Boolean).join(" · "),
        source: p.source,
      });
    }
  } else {
    for (const p of series.trade.filter((p) => p.year === year)) {
      rows.push({
        key: p.id,
        mark: "dot-trade",
        label: p.label,
        value: `${p.approximate ? "~" : ""}US$ ${text.number(p.value)} m`,
        detail: [p.period, p.caveat].filter(Boolean).join(" · "),
        source: p.source,
      });
    }
    for (const d of series.reportedDeals.filter((d) => d.year === year)) {
      rows.push({
        key: d.id,
        mark: "diamond-deal",
        label: d.label,
        value: `US$ ${text.number(d.value)} m`,
        detail: null,
        source: d.source,
      });
    }
  }
  return rows;
}

/** Consecutive highlighted years as spans, so a long run is one shaded area, not one per year. */
export function yearSpans(years: readonly number[]): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (const year of years) {
    const last = spans.at(-1);
    if (last && year === last.to + 1) last.to = year;
    else spans.push({ from: year, to: year });
  }
  return spans;
}
