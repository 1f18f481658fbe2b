import { FIGURE_UNITS } from "../../src/data/schemas";
import type {
  ArmsDeal,
  ArmsSupplier,
  ArmsWindow,
  ArmsYear,
  OilShare,
  PointFigure,
  ReportedDeal,
  TradeArmsFile,
} from "../../src/data/trade-arms-schemas";
import { parseNumber, type ReferenceFiles, requireOne, roundTo } from "./reference";

type Unit = (typeof FIGURE_UNITS)[number];

/** A point figure as annotated: everything but the number, and the reference row the number comes from. */
export interface PointAnnotation extends Omit<PointFigure, "value" | "unit"> {
  row?: { period: string; metric: string };
  /** Only for figures no reference file holds (stated in one document alone); see the report. */
  value?: number;
  unit?: Unit;
}

export interface TradeArmsAnnotations {
  trade: PointAnnotation[];
  oilShare: (PointAnnotation & Pick<OilShare, "measure">)[];
  oilVolumes: PointAnnotation[];
  arms: {
    credit: string;
    release: string;
    registerRelease: string;
    suppliers: (ArmsSupplier & { sipriNames: string[] })[];
    windows: Omit<ArmsWindow, "israelSharePct" | "computed" | "azerbaijanShareOfIsraelExportsPct">[];
    /** Deal id → the milestone that reports it. */
    dealMilestones: Record<string, string>;
  };
  reportedDeals: ReportedDeal[];
}

const TRADE_FILE = "data/trade_az_il_datapoints.csv";
const OIL_FILE = "data/oil_az_to_il_datapoints.csv";

function oilUnit(text: string): Unit {
  if (text.startsWith("%")) return "%";
  if ((FIGURE_UNITS as readonly string[]).includes(text)) return text as Unit;
  throw new Error(`${OIL_FILE}: unit ${JSON.stringify(text)} has no place in the schema`);
}

function pointFigures(
  annotations: readonly PointAnnotation[],
  rows: readonly Record<string, string>[],
  file: string,
  read: (row: Record<string, string>) => { value: number; unit: Unit },
): PointFigure[] {
  return annotations.map(({ row: key, value, unit, ...rest }) => {
    let figure: { value: number; unit: Unit };
    if (key) {
      const row = requireOne(
        rows.filter((r) => r.period === key.period && r.metric === key.metric),
        `row ${key.period} / ${key.metric} in ${file}`,
      );
      figure = read(row);
    } else if (value !== undefined && unit !== undefined && rest.sources.length > 0) {
      figure = { value, unit };
    } else throw new Error(`${rest.id}: a figure needs a reference row, or a document quote that states it`);
    const out: PointFigure = {
      id: rest.id,
      year: rest.year,
      period: rest.period,
      metric: rest.metric,
      value: figure.value,
      unit: figure.unit,
      approximate: rest.approximate,
      sources: rest.sources,
      external: rest.external,
    };
    if (rest.caveat) out.caveat = rest.caveat;
    return out;
  });
}

function supplierIds(suppliers: TradeArmsAnnotations["arms"]["suppliers"]) {
  return (name: string) => {
    const supplier = suppliers.find((s) => s.sipriNames.includes(name));
    if (!supplier) throw new Error(`SIPRI supplier ${JSON.stringify(name)} has no entry in the annotations`);
    return supplier.id;
  };
}

/** SIPRI TIV tables (July 2022): per year, every supplier to Azerbaijan and Israel's exports to all. */
function annualRows(ref: ReferenceFiles, supplierId: (name: string) => string): ArmsYear[] {
  const wide = ref.csv("data/sipri_tiv_azerbaijan_imports_by_supplier_1992-2021.csv");
  const long = ref.csv("data/sipri_tiv_azerbaijan_imports_long.csv");
  const summary = ref.csv("data/sipri_tiv_israel_azerbaijan_annual.csv");
  const israelTable = ref.csvRows("data/sipri_raw_TIV-Export-ISR-1950-2021.csv");
  const years = requireOne(
    israelTable.filter((row) => row[0] === "" && row[1] === "1950"),
    "header row in the Israel export table",
  );
  const tableRow = (name: string) =>
    requireOne(
      israelTable.filter((row) => row[0] === name),
      `${name} row in the Israel export table`,
    );
  const exportsTotal = israelTable.find((row) => row[0] === "Total")!;
  const toAzerbaijan = tableRow("Azerbaijan");
  const cell = (row: string[], year: number) => {
    const text = row[years.indexOf(String(year))] ?? "";
    return text === "" ? 0 : parseNumber(text);
  };

  return wide.map((row) => {
    const year = Number(row.year);
    const israelTiv = parseNumber(row.Israel ?? "");
    const totalTiv = parseNumber(row.total_all_suppliers ?? "");
    const bySupplier = long
      .filter((r) => Number(r.year) === year)
      .map((r) => ({ supplier: supplierId(r.supplier ?? ""), tiv: parseNumber(r.tiv_million ?? "") }))
      .sort((a, b) => b.tiv - a.tiv || a.supplier.localeCompare(b.supplier));
    const israelExportsTiv = cell(exportsTotal, year);
    const check = requireOne(
      summary.filter((r) => Number(r.year) === year),
      `${year} in the annual summary`,
    );
    const sum = bySupplier.reduce((total, s) => total + s.tiv, 0);
    if (
      sum !== totalTiv ||
      cell(toAzerbaijan, year) !== israelTiv ||
      parseNumber(check.tiv_israel_to_azerbaijan_musd ?? "") !== israelTiv ||
      parseNumber(check.tiv_azerbaijan_total_imports_musd ?? "") !== totalTiv ||
      parseNumber(check.tiv_israel_total_exports_musd ?? "") !== israelExportsTiv
    )
      throw new Error(`SIPRI tables disagree for ${year}: suppliers sum to ${sum}, total ${totalTiv}`);
    return { year, israelTiv, totalTiv, bySupplier, israelExportsTiv };
  });
}

/** 2022–2024, summed by supplier from SIPRI's deal register (a later data version than the TIV tables). */
function registerRows(ref: ReferenceFiles, supplierId: (name: string) => string): ArmsYear[] {
  const rows = ref.csv("data/sipri-register/azerbaijan_imports_tiv_2022_2024.csv");
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const bySupplier = rows
      .filter((r) => Number(r.year) === year)
      .map((r) => ({ supplier: supplierId(r.supplier ?? ""), tiv: parseNumber(r.tiv_millions ?? "") }))
      .sort((a, b) => b.tiv - a.tiv || a.supplier.localeCompare(b.supplier));
    const totalTiv = roundTo(
      bySupplier.reduce((sum, s) => sum + s.tiv, 0),
      2,
    );
    const israelTiv = bySupplier.find((s) => s.supplier === "israel")?.tiv ?? 0;
    return { year, israelTiv, totalTiv, bySupplier };
  });
}

function windows(ref: ReferenceFiles, annotated: TradeArmsAnnotations["arms"]["windows"]): ArmsWindow[] {
  const rows = ref.csv("data/sipri_tiv_5yr_windows_computed.csv");
  return annotated.map((w) => {
    const row = requireOne(
      rows.filter((r) => r.window === `${w.from}-${w.to}`),
      `window ${w.from}-${w.to}`,
    );
    const published = row.published_sipri_figure_for_comparison ?? "";
    const israel = /Israel (\d+(?:\.\d+)?)%/.exec(published)?.[1];
    if (!israel) throw new Error(`window ${w.from}-${w.to}: no published Israel share`);
    const azShare = /AZ = (\d+(?:\.\d+)?)% of Israel exports/.exec(published)?.[1];
    return {
      from: w.from,
      to: w.to,
      israelSharePct: Number(israel),
      ...(azShare ? { azerbaijanShareOfIsraelExportsPct: Number(azShare) } : {}),
      computed: {
        israelSharePct: parseNumber(row.israel_share_pct ?? ""),
        russiaSharePct: parseNumber(row.russia_share_pct ?? ""),
        azerbaijanShareOfIsraelExportsPct: parseNumber(row.aze_share_of_israel_exports_pct ?? ""),
      },
      sources: w.sources,
      external: w.external,
    };
  });
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const optionalNumber = (text: string | undefined) => (text ? parseNumber(text) : null);

/** One deal per row of SIPRI's register (Israel → Azerbaijan), with its deliveries per year. */
function deals(ref: ReferenceFiles, milestones: Record<string, string>): ArmsDeal[] {
  const register = ref.csv("data/sipri-register/israel_azerbaijan_register.csv");
  const byYear = ref.csv("data/sipri-register/israel_azerbaijan_deliveries_by_year.csv");
  const used = new Set<string>();
  const out = register.map((row): ArmsDeal => {
    const designation = row["Weapon designation"] ?? "";
    const description = row["Weapon description"] ?? "";
    const orderYear = Number(row["Year of order"]);
    let id = `sipri-${orderYear}-${slug(designation)}`;
    if (used.has(id)) id = `${id}-${slug(description)}`;
    used.add(id);
    const sipriId = row["xref_SIPRI AT Database ID"] ?? "";
    const deliveries = byYear
      .filter((r) => r["SIPRI AT Database ID"] === sipriId && sipriId !== "")
      .map((r) => ({
        year: Number(r["Delivery year"]),
        number: parseNumber(r["Numbers delivered"] ?? ""),
        tiv: parseNumber(r["TIV delivery values"] ?? ""),
      }))
      .sort((a, b) => a.year - b.year);
    const deal: ArmsDeal = {
      id,
      orderYear,
      orderYearUncertain: row["Year of order uncertain ('?')"] === "?",
      designation,
      description,
      numberOrdered: optionalNumber(row["Number ordered"]),
      numberOrderedUncertain: row["Number ordered uncertain ('?')"] === "?",
      deliveryYears: (row["Year(s) of delivery"] ?? "")
        .split(";")
        .map((y) => y.trim())
        .filter(Boolean)
        .map(Number),
      tivTotal: optionalNumber(row["SIPRI TIV for total order"]),
      tivDelivered: optionalNumber(row["SIPRI TIV of delivered weapons"]),
      comments: row.Comments ?? "",
    };
    const milestone = milestones[id];
    if (milestone) deal.milestone = milestone;
    if (sipriId) deal.sipriId = sipriId;
    const category = row["xref_Armament category (2026 export)"];
    if (category) deal.category = category;
    deal.numberDelivered = parseNumber(row["Number delivered"] || "0");
    if (deliveries.length > 0) deal.deliveries = deliveries;
    return deal;
  });
  const unknown = Object.keys(milestones).filter((id) => !used.has(id));
  if (unknown.length > 0)
    throw new Error(`milestone links name deals the register lacks: ${unknown.join(", ")}`);
  return out;
}

/** Suppliers in order of their total TIV over every year shown. */
function orderedSuppliers(
  annotated: TradeArmsAnnotations["arms"]["suppliers"],
  years: readonly ArmsYear[],
): ArmsSupplier[] {
  const total = (id: string) =>
    years.flatMap((y) => y.bySupplier ?? []).reduce((sum, s) => sum + (s.supplier === id ? s.tiv : 0), 0);
  const named = new Set(years.flatMap((y) => (y.bySupplier ?? []).map((s) => s.supplier)));
  return annotated
    .filter((s) => named.has(s.id))
    .sort((a, b) => total(b.id) - total(a.id) || a.id.localeCompare(b.id))
    .map(({ id, name }) => ({ id, name }));
}

export function buildTradeArms(ref: ReferenceFiles, notes: TradeArmsAnnotations): TradeArmsFile {
  const tradeRows = ref.csv(TRADE_FILE);
  const oilRows = ref.csv(OIL_FILE);
  const readTrade = (row: Record<string, string>) => ({
    value: parseNumber(row.value_musd ?? ""),
    unit: "US$ m" as const,
  });
  const readOil = (row: Record<string, string>) => ({
    value: parseNumber(row.value ?? ""),
    unit: oilUnit(row.unit ?? ""),
  });
  const supplierId = supplierIds(notes.arms.suppliers);
  const annual = annualRows(ref, supplierId);
  const register = registerRows(ref, supplierId);
  return {
    trade: pointFigures(notes.trade, tradeRows, TRADE_FILE, readTrade),
    oilShare: pointFigures(notes.oilShare, oilRows, OIL_FILE, readOil).map((figure, i) => ({
      ...figure,
      measure: notes.oilShare[i]!.measure,
    })),
    arms: {
      credit: notes.arms.credit,
      release: notes.arms.release,
      annual,
      windows: windows(ref, notes.arms.windows),
      deals: deals(ref, notes.arms.dealMilestones),
      suppliers: orderedSuppliers(notes.arms.suppliers, [...annual, ...register]),
      register: { release: notes.arms.registerRelease, annual: register },
    },
    reportedDeals: notes.reportedDeals,
    oilVolumes: pointFigures(notes.oilVolumes, oilRows, OIL_FILE, readOil),
  };
}
