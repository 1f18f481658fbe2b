import { milestone, noCriteria, text, tradeArms } from "../../../tests/fixtures/model";
import { fractionalYear } from "./chart-years";
import { seriesHighlights } from "./series-highlights";
import { deriveTradeArmsSeries, sipriDealLabel } from "./trade-arms-series";

const figure = (id: string, year: number, doc: string | null) => ({
  id,
  year,
  period: { start: String(year), end: String(year), label: text("full year") },
  metric: text("Trade turnover"),
  value: 100,
  unit: "US$ m" as const,
  approximate: false,
  sources: doc ? [{ doc, quote: "q", translation: {} }] : [],
  external: doc ? [] : [{ publisher: "AzerNews" }],
});

describe("trade and arms series", () => {
  const data = tradeArms({
    trade: [figure("a", 2016, "en-wikipedia"), figure("b", 2021, null)],
    arms: {
      credit: "sipri",
      release: "July 2022",
      annual: [
        { year: 2015, israelTiv: 116, totalTiv: 336 },
        { year: 2016, israelTiv: 250, totalTiv: 273 },
        { year: 1999, israelTiv: 0, totalTiv: 0 },
      ],
      windows: [],
      deals: [],
    },
  });
  const base = {
    data,
    milestones: [],
    lang: "en" as const,
    docTitle: (id: string) => id,
  };

  it("computes Israel's share and leaves it out where Azerbaijan imported nothing", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: noCriteria });
    expect(series.arms.map((r) => r.sharePct)).toEqual([34.5, 91.6, null]);
    expect(seriesHighlights(series.arms)).toEqual({
      peakYear: 2016,
      peakTiv: 250,
      shareYear: 2016,
      sharePct: 91.6,
    });
  });

  it("keeps point figures as points, one per figure, never filling the years between", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: noCriteria });
    expect(series.trade.map((p) => p.year)).toEqual([2016, 2021]);
  });

  it("shows only figures backed by the chosen documents, and hides SIPRI's", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: { ...noCriteria, sources: ["en-wikipedia"] } });
    expect(series.trade.map((p) => p.id)).toEqual(["a"]);
    expect(series.arms).toEqual([]);
    expect(series.sipriHidden).toBe(true);
  });

  it("hides a category's series", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: { ...noCriteria, categories: ["energy"] } });
    expect(series.trade).toEqual([]);
    expect(series.arms).toEqual([]);
  });

  it("marks the selected milestone's date and the years of a map feature's milestones", () => {
    const milestones = [
      milestone("btc-inauguration", { date: { start: "2006-07-13", precision: "day" }, features: ["btc"] }),
      milestone("other", { date: { start: "2012", precision: "year" } }),
    ];
    const series = deriveTradeArmsSeries({
      ...base,
      milestones,
      criteria: { ...noCriteria, milestone: "btc-inauguration", feature: "btc" },
    });
    expect(series.referenceYear).toBeCloseTo(fractionalYear("2006-07-13"));
    expect(series.highlightYears).toEqual([2006]);
  });
});

describe("arms imports by supplier", () => {
  const suppliers = [
    { id: "russia", name: { ...text("Russia"), he: "רוסיה" } },
    { id: "israel", name: { ...text("Israel"), he: "ישראל" } },
    { id: "turkiye", name: { ...text("Türkiye"), he: "טורקיה" } },
  ];
  const data = tradeArms({
    oilVolumes: [
      { ...figure("az-87", 2023, null), unit: "kb/d" as const, value: 87 },
      { ...figure("az-mt", 2023, "inss"), unit: "Mt" as const, value: 2.245 },
    ],
    arms: {
      credit: "sipri",
      release: "July 2022",
      annual: [
        {
          year: 2016,
          israelTiv: 250,
          totalTiv: 273,
          israelExportsTiv: 1463,
          bySupplier: [
            { supplier: "israel", tiv: 250 },
            { supplier: "turkiye", tiv: 16 },
            { supplier: "russia", tiv: 7 },
          ],
        },
        { year: 2021, israelTiv: 0, totalTiv: 0, israelExportsTiv: 606, bySupplier: [] },
      ],
      windows: [
        {
          from: 2014,
          to: 2018,
          israelSharePct: 43,
          azerbaijanShareOfIsraelExportsPct: 17,
          computed: { israelSharePct: 41.5, russiaSharePct: 49.2, azerbaijanShareOfIsraelExportsPct: 17 },
          sources: [],
          external: [{ publisher: "APA" }],
        },
      ],
      deals: [],
      suppliers,
      register: {
        release: "SIPRI deal register, 2025",
        annual: [
          { year: 2022, israelTiv: 0, totalTiv: 19.95, bySupplier: [{ supplier: "turkiye", tiv: 19.35 }] },
        ],
      },
    },
  });
  const base = { data, milestones: [], lang: "he" as const, docTitle: (id: string) => id };

  it("gives each year every supplier's deliveries, adding up to the year's total", () => {
    const [y2016] = deriveTradeArmsSeries({ ...base, criteria: noCriteria }).arms;
    expect(y2016?.bySupplier).toEqual({ israel: 250, turkiye: 16, russia: 7 });
    const stacked = Object.values(y2016?.bySupplier ?? {}).reduce((a, b) => a + b, 0);
    expect(stacked).toBe((y2016?.israelTiv ?? 0) + (y2016?.otherTiv ?? 0));
  });

  it("names the suppliers in the chosen language, largest total first", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: noCriteria });
    expect(series.suppliers).toEqual([
      { id: "israel", label: "ישראל", totalTiv: 250 },
      { id: "turkiye", label: "טורקיה", totalTiv: 35.35 },
      { id: "russia", label: "רוסיה", totalTiv: 7 },
    ]);
  });

  it("computes Azerbaijan's share of Israel's arms exports where Israel's total is known", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: noCriteria });
    expect(series.arms.map((r) => [r.year, r.azShareOfIsraelExportsPct])).toEqual([
      [2016, 17.1],
      [2021, 0],
      [2022, null],
    ]);
  });

  it("appends the register's later years, marked as a different data version", () => {
    const series = deriveTradeArmsSeries({ ...base, criteria: noCriteria });
    expect(series.arms.map((r) => [r.year, r.release])).toEqual([
      [2016, "tiv-tables"],
      [2021, "tiv-tables"],
      [2022, "register"],
    ]);
    expect(series.arms.at(-1)).toMatchObject({ israelTiv: 0, otherTiv: 19.95, sharePct: 0 });
    expect(series.registerRelease).toBe("SIPRI deal register, 2025");
  });

  it("keeps a window's published share beside Iceberg's recomputed one", () => {
    const [window] = deriveTradeArmsSeries({ ...base, criteria: noCriteria }).windows;
    expect(window).toMatchObject({ pct: 43, computedPct: 41.5, azShareOfIsraelExportsPct: 17 });
  });

  it("keeps crude volumes with their units, filtered like every figure", () => {
    const all = deriveTradeArmsSeries({ ...base, criteria: noCriteria });
    expect(all.oilVolumes.map((p) => [p.id, p.value, p.unit])).toEqual([
      ["az-87", 87, "kb/d"],
      ["az-mt", 2.245, "Mt"],
    ]);
    const inssOnly = deriveTradeArmsSeries({ ...base, criteria: { ...noCriteria, sources: ["inss"] } });
    expect(inssOnly.oilVolumes.map((p) => p.id)).toEqual(["az-mt"]);
    expect(inssOnly.suppliers).toEqual([]);
    const armsOnly = deriveTradeArmsSeries({ ...base, criteria: { ...noCriteria, categories: ["arms"] } });
    expect(armsOnly.oilVolumes).toEqual([]);
  });
});

describe("SIPRI deal labels", () => {
  it("keep SIPRI's uncertainty marks on the year and the number", () => {
    expect(
      sipriDealLabel({
        id: "extra",
        orderYear: 2005,
        orderYearUncertain: true,
        designation: "EXTRA",
        description: "surface-to-surface missile",
        numberOrdered: 50,
        numberOrderedUncertain: true,
        deliveryYears: [2008, 2009],
        tivTotal: 7.5,
        tivDelivered: 7.5,
        comments: "",
      }),
    ).toBe("2005? · 50? × EXTRA (surface-to-surface missile)");
  });
});
