import type { Milestone, SourceDoc } from "@/data/schemas";
import type { TradeArmsFile } from "@/data/trade-arms-schemas";
import { clausesOf, criteriaFrom } from "@/filters/clauses";
import { neutraliseCell, toCsv } from "@/lib/csv";
import { parseCsvRows } from "../../../scripts/data-build/csv";
import { milestone } from "../../../tests/fixtures/model";
import { readData } from "../../../tests/integration/render-app";
import { milestonesCsv, seriesCsv } from "./view-exports";

const tradeArms = readData<TradeArmsFile>("trade-arms.json");
const { milestones } = readData<{ milestones: Milestone[] }>("milestones.json");
const { documents } = readData<{ documents: SourceDoc[] }>("sources.json");
const bounds = { min: 1991, max: 2025 };

const view = { from: 2010, to: 2018, cat: ["arms" as const], src: [], q: "", m: null, f: null };

describe("the chart's CSV is what the chart shows in the view", () => {
  const csv = seriesCsv({
    data: tradeArms,
    milestones,
    criteria: criteriaFrom(clausesOf(view, bounds), "trade"),
    range: { from: 2010, to: 2018 },
    lang: "en",
    documents,
    citation:
      "Iceberg, Trade and arms (2010–2018 · Arms), https://example.org/?from=2010, accessed 2026-12-01",
  });
  const [citation, header, ...rows] = parseCsvRows(csv);
  const column = (name: string) => header!.indexOf(name);

  it("starts with the citation, then the column names", () => {
    expect(citation).toEqual([
      "Iceberg, Trade and arms (2010–2018 · Arms), https://example.org/?from=2010, accessed 2026-12-01",
    ]);
    expect(header).toContain("source");
  });

  it("holds only the selected years and the arms series, deals included, each row with its source", () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [start, end] = [
        Number(row[column("period_start")]!.slice(0, 4)),
        Number(row[column("period_end")]!.slice(0, 4)),
      ];
      expect(start <= 2018 && end >= 2010, row.join(",")).toBe(true);
      expect(row[column("series")]).toMatch(/^arms-/);
      expect(row[column("source")], row.join(",")).not.toBe("");
    }
    const series = new Set(rows.map((r) => r[column("series")]));
    expect(series).toEqual(
      new Set([
        "arms-israel-tiv",
        "arms-other-tiv",
        "arms-israel-share",
        "arms-share-published",
        "arms-deal-sipri",
        "arms-deal-reported",
      ]),
    );
  });

  it("leaves SIPRI out when the view picks documents, as the chart does", () => {
    const picked = { ...view, src: ["en-wikipedia"] };
    const text = seriesCsv({
      data: tradeArms,
      milestones,
      criteria: criteriaFrom(clausesOf(picked, bounds), "trade"),
      range: { from: 2010, to: 2018 },
      lang: "en",
      documents,
      citation: "c",
    });
    expect(text).not.toContain("arms-israel-tiv");
    expect(text).toContain("arms-deal-reported");
  });
});

describe("the milestones CSV", () => {
  it("lists the milestones the list shows, with their sources, after the citation", () => {
    const criteria = criteriaFrom(clausesOf(view, bounds), "milestones");
    const [citation, header, ...rows] = parseCsvRows(
      milestonesCsv({ milestones, criteria, lang: "en", docTitle: (id) => id, citation: "Iceberg, x" }),
    );
    expect(citation).toEqual(["Iceberg, x"]);
    expect(rows.length).toBe(
      milestones.filter(
        (m) =>
          m.category === "arms" &&
          (m.date.precision === "undated" ||
            (Number(m.date.start.slice(0, 4)) <= 2018 &&
              Number((m.date.end ?? m.date.start).slice(0, 4)) >= 2010)),
      ).length,
    );
    for (const row of rows) expect(row[header!.indexOf("source")]).not.toBe("");
  });

  it("keeps text a spreadsheet would run as a formula as plain text", () => {
    const hostile = milestone("x", {
      title: { en: '=HYPERLINK("http://evil")', zh: "", he: "", ar: "", fa: "" },
    });
    const csv = milestonesCsv({
      milestones: [hostile],
      criteria: criteriaFrom([], "milestones"),
      lang: "en",
      docTitle: (id) => id,
      citation: "c",
    });
    expect(csv).toContain("'=HYPERLINK");
    for (const start of ["=", "+", "-", "@"]) expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseCell("Baku")).toBe("Baku");
    expect(toCsv(["n"], [[-5]])).toContain("\r\n-5\r\n");
  });
});
