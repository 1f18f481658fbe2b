import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TradeArmsFileSchema } from "@/data/trade-arms-schemas";
import { NO_CRITERIA } from "@/filters/clauses";
import { type ChartText, chartsShown, marksAtYear, oilMeasuresShown, yearSpans } from "./chart-model";
import { deriveTradeArmsSeries } from "./trade-arms-series";

const data = TradeArmsFileSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../data/trade-arms.json"), "utf8")),
);
const series = deriveTradeArmsSeries({
  data,
  milestones: [],
  criteria: { ...NO_CRITERIA },
  lang: "en",
  docTitle: (id) => ({ "en-wikipedia": "English Wikipedia", "zh-wikipedia": "Chinese Wikipedia" })[id] ?? id,
});
const text: ChartText = {
  number: (v) => v.toLocaleString("en"),
  year: String,
  israelTiv: "Israel",
  otherTiv: "Others",
  totalTiv: (v) => `of ${v}`,
  sharePct: "Israel's share",
  computedShare: "computed",
  windowPct: (a, b) => `share ${a}–${b}`,
  sipriRegister: "SIPRI register",
  azShare: "Azerbaijan's share of Israel's exports",
  israelExports: (v) => `of ${v} exported by Israel`,
};

describe("what a chart tooltip lists", () => {
  it("lists the hovered year's figures only: 2009 after 2016 says nothing of 2016", () => {
    const at2016 = marksAtYear(series, "arms", 2016, text);
    expect(at2016.find((r) => r.mark === "bar-israel")?.value).toBe("250 TIV m");
    const at2009 = marksAtYear(series, "arms", 2009, text);
    expect(at2009.map((r) => r.value)).not.toContain("250 TIV m");
    expect(at2009.every((r) => !r.key.includes("2016"))).toBe(true);
    expect(at2009.find((r) => r.mark === "bar-israel")?.value).toBe(
      `${data.arms.annual.find((a) => a.year === 2009)?.israelTiv} TIV m`,
    );
  });

  it("lists each mark once, every one with its source", () => {
    for (const chart of ["arms", "shares", "money"] as const) {
      for (let year = 1991; year <= 2025; year++) {
        const rows = marksAtYear(series, chart, year, text);
        expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
        for (const row of rows) expect(row.source.trim()).not.toBe("");
      }
    }
  });

  it("keeps the 2022 oil figure out of 2016 on the lower charts", () => {
    const rows = [...marksAtYear(series, "shares", 2016, text), ...marksAtYear(series, "money", 2016, text)];
    expect(rows.some((r) => r.key.includes("2022"))).toBe(false);
    expect(rows.some((r) => r.key === "oil-share-2022-inss")).toBe(false);
  });

  it("tells the oil-share measures apart, by mark and by label", () => {
    const rows = marksAtYear(series, "shares", 2013, text).filter((r) => r.mark.startsWith("oil-"));
    expect(rows.map((r) => r.mark).sort()).toEqual(["oil-azerbaijan-exports", "oil-israel-oil"]);
    expect(rows.find((r) => r.mark === "oil-azerbaijan-exports")?.source).toBe("Chinese Wikipedia");
    expect(oilMeasuresShown(series)).toEqual([
      "azerbaijan-exports",
      "btc-route",
      "israel-gasoline",
      "israel-oil",
    ]);
  });

  it("names the published five-year shares that cover a year", () => {
    const rows = marksAtYear(series, "shares", 2015, text).filter((r) => r.mark === "window-line");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.label).toMatch(/^share \d{4}–\d{4}$/);
  });

  it("says a year with no figures has none rather than borrowing a neighbour's", () => {
    expect(marksAtYear(series, "money", 1995, text)).toEqual([]);
  });
});

describe("which charts are drawn", () => {
  it("leaves out a chart with no marks instead of drawing it empty", () => {
    const tradeOnly = deriveTradeArmsSeries({
      data,
      milestones: [],
      criteria: { ...NO_CRITERIA, categories: ["trade"] },
      lang: "en",
      docTitle: String,
    });
    expect(chartsShown(tradeOnly)).toEqual(["money"]);
    expect(chartsShown(series)).toEqual(["arms", "shares", "money"]);
  });

  it("shades a run of highlighted years as one span", () => {
    expect(yearSpans([2006, 2007, 2008, 2013, 2020, 2021])).toEqual([
      { from: 2006, to: 2008 },
      { from: 2013, to: 2013 },
      { from: 2020, to: 2021 },
    ]);
  });
});
