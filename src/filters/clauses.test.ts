import { type Clause, clausesOf, criteriaFrom } from "./clauses";
import { DEFAULT_VIEW, PANELS, type PanelId } from "./view-state";

const BOUNDS = { min: 1991, max: 2025 };
const everything = clausesOf(
  {
    ...DEFAULT_VIEW,
    from: 2006,
    to: 2016,
    cat: ["energy"],
    src: ["inss"],
    q: "embassy",
    m: "btc-inauguration",
    f: "btc",
  },
  BOUNDS,
);

/**
 * DESIGN.md's cross-filter table: which clause filters which panel (false = the panel's own clause).
 * A panel not in a row owns no clause of that kind, so the clause filters it.
 */
const TRUTH_TABLE: Record<Clause["kind"], Partial<Record<PanelId, boolean>>> = {
  range: { trade: false, energy: true, milestones: true },
  categories: { trade: true, energy: true, milestones: true },
  sources: { trade: true, energy: true, milestones: true },
  search: { trade: true, energy: true, milestones: true },
  milestone: { trade: true, energy: true, milestones: false },
  feature: { trade: true, energy: false, milestones: true },
};

const CRITERION: Record<Clause["kind"], keyof ReturnType<typeof criteriaFrom>> = {
  range: "range",
  categories: "categories",
  sources: "sources",
  search: "search",
  milestone: "milestone",
  feature: "feature",
};

describe("cross-filtering by clauses", () => {
  it("makes one clause per active filter, tagged with the panel that made it", () => {
    expect(everything.map((c) => [c.kind, c.owner])).toEqual([
      ["range", "trade"],
      ["categories", "filters"],
      ["sources", "filters"],
      ["search", "filters"],
      ["milestone", "milestones"],
      ["feature", "energy"],
    ]);
  });

  for (const kind of Object.keys(TRUTH_TABLE) as Clause["kind"][]) {
    for (const panel of PANELS) {
      const applies = TRUTH_TABLE[kind][panel] ?? true;
      it(`${kind} ${applies ? "filters" : "does not filter"} the ${panel} panel`, () => {
        const criteria = criteriaFrom(everything, panel);
        if (applies) expect(criteria[CRITERION[kind]]).not.toBeNull();
        else expect(criteria[CRITERION[kind]]).toBeNull();
      });
    }
  }

  it("fills an open-ended range from the bounds", () => {
    expect(clausesOf({ ...DEFAULT_VIEW, from: 2006 }, BOUNDS)).toEqual([
      { owner: "trade", kind: "range", from: 2006, to: 2025 },
    ]);
  });

  it("makes no clauses when nothing is filtered", () => {
    expect(clausesOf(DEFAULT_VIEW, BOUNDS)).toEqual([]);
  });
});
