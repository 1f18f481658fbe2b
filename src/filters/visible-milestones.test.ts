import { milestone, noCriteria } from "../../tests/fixtures/model";
import { groupByYear, selectVisibleMilestones } from "./visible-milestones";

const undated = (id: string, overrides = {}) =>
  milestone(id, {
    date: { precision: "undated", asOf: [{ doc: "inss", date: "2022-11-30" }] },
    ...overrides,
  });

describe("standing facts (undated milestones)", () => {
  const milestones = [
    milestone("btc", { date: { start: "2006", precision: "year" }, category: "energy" }),
    undated("tourists", { category: "society", importance: 1 }),
    milestone("embassy", { date: { start: "2023-03", precision: "month" } }),
    undated("oil-via-turkey", { category: "energy", features: ["btc"], importance: 2 }),
  ];

  it("come last, in a group of their own, never under an invented year", () => {
    const groups = groupByYear(milestones);
    expect(groups.map((g) => g.year)).toEqual([2006, 2023, null]);
    expect(groups.at(-1)?.milestones.map((m) => m.id)).toEqual(["oil-via-turkey", "tourists"]);
  });

  it("are never removed by the year range", () => {
    const visible = selectVisibleMilestones(milestones, { ...noCriteria, range: { from: 2010, to: 2016 } });
    expect(visible.map((m) => m.id)).toEqual(["tourists", "oil-via-turkey"]);
  });

  it("follow the category, document, map-feature and search filters", () => {
    const only = (criteria: Partial<typeof noCriteria>) =>
      selectVisibleMilestones(milestones, {
        ...noCriteria,
        range: { from: 2010, to: 2016 },
        ...criteria,
      }).map((m) => m.id);
    expect(only({ categories: ["energy"] })).toEqual(["oil-via-turkey"]);
    expect(only({ sources: ["tasnim"] })).toEqual([]);
    expect(only({ feature: "btc" })).toEqual(["oil-via-turkey"]);
    expect(only({ search: "About tourists" })).toEqual(["tourists"]);
  });
});

describe("milestone list", () => {
  it("groups the visible milestones by year, in date order", () => {
    const ms = [
      milestone("b", { date: { start: "2016-12", precision: "month" } }),
      milestone("a", { date: { start: "2016-01-05", precision: "day" } }),
      milestone("c", { date: { start: "1992", precision: "year" }, category: "trade" }),
    ];
    expect(groupByYear(ms).map((g) => [g.year, g.milestones.map((m) => m.id)])).toEqual([
      [1992, ["c"]],
      [2016, ["a", "b"]],
    ]);
    expect(selectVisibleMilestones(ms, { ...noCriteria, categories: ["trade"] }).map((m) => m.id)).toEqual([
      "c",
    ]);
  });
});
