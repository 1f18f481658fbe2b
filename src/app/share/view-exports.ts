import type { Citation, Lang, Milestone, SourceDoc } from "@/data/schemas";
import type { TradeArmsFile } from "@/data/trade-arms-schemas";
import type { Criteria } from "@/filters/clauses";
import { groupVisibleByYear } from "@/filters/visible-milestones";
import { toCsv } from "@/lib/csv";
import { deriveTradeArmsSeries } from "@/panels/trade-arms/trade-arms-series";

const SIPRI = "SIPRI Arms Transfers Database";
const SIPRI_COMPUTED = "Computed by Iceberg from the SIPRI Arms Transfers Database";

const quotesOf = (citations: readonly Citation[]) => citations.map((c) => `${c.doc}: ${c.quote}`).join(" | ");

/** A CSV whose first line cites the view it was exported from; the column names follow. */
const citedCsv = (citation: string, header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  toCsv([citation], [header, ...rows]);

export function milestonesCsv(options: {
  milestones: readonly Milestone[];
  criteria: Criteria;
  lang: Lang;
  docTitle: (id: string) => string;
  citation: string;
}): string {
  const { lang, docTitle } = options;
  // In the list's own order: by date, the standing facts last.
  const rows = groupVisibleByYear(options.milestones, options.criteria)
    .flatMap((group) => group.milestones)
    .map((m) => [
      m.id,
      m.date.precision === "undated" ? "" : m.date.start,
      m.date.precision === "undated" ? "" : (m.date.end ?? ""),
      m.date.precision,
      m.category,
      m.title[lang],
      m.summary[lang],
      m.disputed ? m.disputed[lang] : "",
      [...new Set(m.sources.map((s) => docTitle(s.doc)))].join("; "),
      quotesOf(m.sources),
    ]);
  return citedCsv(
    options.citation,
    [
      "id",
      "date_start",
      "date_end",
      "precision",
      "category",
      `title_${lang}`,
      `summary_${lang}`,
      "disputed",
      "source",
      "quotes",
    ],
    rows,
  );
}

/**
 * What the chart draws in the view, year by year inside the selected range: SIPRI deliveries and
 * the share Iceberg computes from them, published shares, both kinds of deals, trade and oil
 * figures, each with its source.
 */
export function seriesCsv(options: {
  data: TradeArmsFile;
  milestones: readonly Milestone[];
  criteria: Criteria;
  range: { from: number; to: number } | null;
  lang: Lang;
  documents: readonly SourceDoc[];
  citation: string;
}): string {
  const { data, range, lang } = options;
  const docTitle = (id: string) => options.documents.find((d) => d.id === id)?.titleTranslated[lang] ?? id;
  const series = deriveTradeArmsSeries({
    data,
    milestones: options.milestones,
    criteria: options.criteria,
    lang,
    docTitle,
  });
  const shown = (year: number) => range === null || (year >= range.from && year <= range.to);
  const rows: unknown[][] = [];
  const row = (
    kind: string,
    label: string,
    year: number | string,
    period: [number | string, number | string, string],
    value: number | string,
    unit: string,
    approximate: boolean,
    source: string,
    quotes: string,
  ) => rows.push([kind, label, year, ...period, value, unit, approximate ? "yes" : "no", source, quotes]);

  for (const a of series.arms.filter((r) => shown(r.year))) {
    const full: [number, number, string] = [a.year, a.year, "full year"];
    row(
      "arms-israel-tiv",
      "Israel → Azerbaijan deliveries",
      a.year,
      full,
      a.israelTiv,
      "TIV m",
      false,
      SIPRI,
      "",
    );
    row(
      "arms-other-tiv",
      "Other suppliers → Azerbaijan",
      a.year,
      full,
      a.otherTiv,
      "TIV m",
      false,
      SIPRI,
      "",
    );
    if (a.sharePct !== null)
      row(
        "arms-israel-share",
        "Israel's share of Azerbaijan's arms imports",
        a.year,
        full,
        a.sharePct,
        "%",
        false,
        SIPRI_COMPUTED,
        "",
      );
  }
  for (const w of series.windows.filter(
    (x) => range === null || (x.from <= range.to && x.to >= range.from),
  )) {
    const raw = data.arms.windows.find(
      (x) => x.from === w.from && x.to === w.to && x.israelSharePct === w.pct,
    );
    row(
      "arms-share-published",
      "Israel's share of Azerbaijan's arms imports (published)",
      `${w.from}–${w.to}`,
      [w.from, w.to, `${w.from}–${w.to}`],
      w.pct,
      "%",
      false,
      w.source,
      raw ? quotesOf(raw.sources) : "",
    );
  }
  for (const d of series.sipriDeals.filter((x) => shown(x.year)))
    row(
      "arms-deal-sipri",
      d.label,
      d.year,
      [d.year, d.year, "order year"],
      d.value,
      "TIV m",
      false,
      `${SIPRI} (trade register)`,
      "",
    );
  for (const d of series.reportedDeals.filter((x) => shown(x.year))) {
    const raw = data.reportedDeals.find((x) => x.id === d.id);
    const source = [...new Set(raw?.sources.map((s) => docTitle(s.doc)) ?? [])].join("; ");
    row(
      "arms-deal-reported",
      d.label,
      d.year,
      [d.year, d.year, "year"],
      d.value,
      "US$ m",
      false,
      source,
      raw ? quotesOf(raw.sources) : "",
    );
  }
  for (const [kind, marks, figures] of [
    ["trade", series.trade, data.trade],
    ["oil-share", series.oilShare, data.oilShare],
  ] as const) {
    for (const p of marks.filter((x) => shown(x.year))) {
      const raw = figures.find((f) => f.id === p.id);
      row(
        kind,
        p.label,
        p.year,
        [raw?.period.start ?? p.year, raw?.period.end ?? p.year, p.period],
        p.value,
        raw?.unit ?? "",
        p.approximate,
        p.source,
        raw ? quotesOf(raw.sources) : "",
      );
    }
  }
  return citedCsv(
    options.citation,
    [
      "series",
      "label",
      "year",
      "period_start",
      "period_end",
      "period",
      "value",
      "unit",
      "approximate",
      "source",
      "quotes",
    ],
    rows,
  );
}

export function citeView(options: {
  url: string;
  accessed: Date;
  documents: readonly SourceDoc[];
  title: string;
}): string {
  const date = options.accessed.toISOString().slice(0, 10);
  const docs = options.documents
    .map((d) => `${d.title} (${d.publisher}${d.date ? `, ${d.date}` : ""})`)
    .join("; ");
  return `${options.title}. Iceberg: Azerbaijan–Israel relations. ${options.url} (accessed ${date}). Documents: ${docs}. Arms data: Information from the SIPRI Arms Transfers Database.`;
}
