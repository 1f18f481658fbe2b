import fc from "fast-check";
import { milestone, noCriteria } from "../../tests/fixtures/model";
import type { Criteria } from "./clauses";
import { milestoneMatches } from "./milestone-filter";
import { countMatching, indexMilestones, matchMask, milestoneById } from "./milestone-index";
import { groupByYear, groupVisibleByYear } from "./visible-milestones";

const undated = (id: string, importance: 1 | 2 | 3) =>
  milestone(id, { date: { precision: "undated", asOf: [{ doc: "inss", date: "2022-11-30" }] }, importance });

const milestones = [
  milestone("btc", {
    date: { start: "2006-07-13", precision: "day" },
    category: "energy",
    features: ["btc"],
  }),
  milestone("visit", { date: { start: "2016", precision: "year" }, places: ["baku"] }),
  milestone("deal", {
    date: { start: "2012-02", end: "2016", precision: "range" },
    category: "arms",
    places: ["baku"],
    features: ["btc"],
    sources: [{ doc: "inss", quote: "q", translation: {} }],
  }),
  undated("tourists", 1),
  milestone("embassy", { date: { start: "2023-03", precision: "month" } }),
  undated("oil-via-turkey", 3),
];

describe("milestone index", () => {
  const index = indexMilestones(milestones);

  it("is built once per loaded dataset", () => {
    expect(indexMilestones(milestones)).toBe(index);
  });

  it("reads years as numbers, leaving the standing facts without one", () => {
    expect([...index.startYear]).toEqual([2006, 2016, 2012, Number.NaN, 2023, Number.NaN]);
    expect(index.endYear[2]).toBe(2016);
  });

  it("keeps the list order: dated by date, then the standing facts by importance", () => {
    expect([...index.listOrder].map((at) => milestones[at]?.id)).toEqual([
      "btc",
      "deal",
      "visit",
      "embassy",
      "oil-via-turkey",
      "tourists",
    ]);
  });

  it("finds milestones by id, by place and by place or feature", () => {
    expect(milestoneById(index, "visit")?.id).toBe("visit");
    expect(milestoneById(index, "nowhere")).toBeUndefined();
    expect(index.byPlace.get("baku")).toEqual([1, 2]);
    expect(index.byLink.get("btc")).toEqual([0, 2]);
  });

  it("counts what the filter summary counts", () => {
    expect(countMatching(index, { ...noCriteria, range: { from: 2014, to: 2020 } })).toBe(4);
    expect(countMatching(index, { ...noCriteria, feature: "btc", categories: ["arms"] })).toBe(1);
  });

  const criteria: fc.Arbitrary<Criteria> = fc.record({
    range: fc.option(
      fc
        .tuple(fc.integer({ min: 1991, max: 2025 }), fc.integer({ min: 0, max: 20 }))
        .map(([from, span]) => ({ from, to: from + span })),
    ),
    categories: fc.option(fc.subarray(["energy", "arms", "diplomacy"] as const).map((c) => [...c])),
    sources: fc.option(fc.subarray(["inss", "en-wikipedia"])),
    search: fc.option(fc.constantFrom("visit", "About", "tourists")),
    milestone: fc.constant(null),
    feature: fc.option(fc.constantFrom("btc", "baku", "tanap")),
  });

  it("agrees with milestoneMatches for any criteria, and with groupByYear on the visible milestones", () => {
    fc.assert(
      fc.property(criteria, (c) => {
        const mask = matchMask(index, c);
        expect(milestones.map((_, at) => mask[at] === 1)).toEqual(
          milestones.map((m) => milestoneMatches(m, c)),
        );
        const visible = milestones.filter((m) => milestoneMatches(m, c));
        expect(groupVisibleByYear(milestones, c)).toEqual(groupByYear(visible));
      }),
      { numRuns: 200 },
    );
  });
});
