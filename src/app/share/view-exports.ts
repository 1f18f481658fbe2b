import type { Lang, Milestone, SourceDoc, TradeArmsFile } from "../../data/schemas";
import type { Criteria } from "../../filters/clauses";
import { milestoneMatches } from "../../filters/milestone-filter";
import { toCsv } from "../../lib/csv";

export function milestonesCsv(milestones: readonly Milestone[], criteria: Criteria, lang: Lang): string {
  const rows = milestones
    .filter((m) => milestoneMatches(m, criteria))
    .map((m) => [
      m.id,
      m.date.precision === "undated" ? "" : m.date.start,
      m.date.precision === "undated" ? "" : (m.date.end ?? ""),
      m.date.precision,
      m.category,
      m.title[lang],
      m.summary[lang],
      m.disputed ? m.disputed[lang] : "",
      m.sources.map((s) => s.doc).join("; "),
      m.sources.map((s) => `${s.doc}: ${s.quote}`).join(" | "),
    ]);
  return toCsv(
    [
      "id",
      "date_start",
      "date_end",
      "precision",
      "category",
      `title_${lang}`,
      `summary_${lang}`,
      "disputed",
      "documents",
      "quotes",
    ],
    rows,
  );
}

/** Every figure on the chart with its period and sources; SIPRI shares are marked as computed. */
export function seriesCsv(data: TradeArmsFile, sources: string[] | null): string {
  const backed = (docs: readonly { doc: string }[]) =>
    sources === null || docs.some((d) => sources.includes(d.doc));
  const rows: unknown[][] = [];
  for (const [series, figures] of [
    ["trade", data.trade],
    ["oil-share", data.oilShare],
  ] as const) {
    for (const f of figures.filter((x) => backed(x.sources))) {
      rows.push([
        series,
        f.metric.en,
        f.year,
        f.period.start,
        f.period.end,
        f.period.label.en,
        f.value,
        f.unit,
        f.approximate ? "yes" : "no",
        [...f.sources.map((s) => s.doc), ...f.external.map((e) => e.publisher)].join("; "),
        f.sources.map((s) => s.quote).join(" | "),
      ]);
    }
  }
  if (sources === null) {
    for (const a of data.arms.annual) {
      const share = a.totalTiv > 0 ? ((a.israelTiv / a.totalTiv) * 100).toFixed(1) : "";
      rows.push([
        "arms-israel-tiv",
        "Israel → Azerbaijan deliveries",
        a.year,
        a.year,
        a.year,
        "full year",
        a.israelTiv,
        "TIV m",
        "no",
        "SIPRI Arms Transfers Database",
        "",
      ]);
      rows.push([
        "arms-total-tiv",
        "Azerbaijan's total arms imports",
        a.year,
        a.year,
        a.year,
        "full year",
        a.totalTiv,
        "TIV m",
        "no",
        "SIPRI Arms Transfers Database",
        "",
      ]);
      if (share)
        rows.push([
          "arms-israel-share",
          "Israel's share of Azerbaijan's imports (computed by Iceberg)",
          a.year,
          a.year,
          a.year,
          "full year",
          share,
          "%",
          "no",
          "Computed from SIPRI data",
          "",
        ]);
    }
  }
  return toCsv(
    [
      "series",
      "metric",
      "year",
      "period_start",
      "period_end",
      "period",
      "value",
      "unit",
      "approximate",
      "sources",
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
