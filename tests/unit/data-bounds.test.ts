import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { DATA_BOUNDS, findBoundsProblem } from "@/data/dataset-bounds";
import { DatasetError } from "@/data/dataset-error";
import type { EnergyFeature, Place } from "@/data/map-schemas";
import { parseDataset } from "@/data/parse-dataset";
import type { Milestone } from "@/data/schemas";
import type { TradeArmsFile } from "@/data/trade-arms-schemas";
import type { Criteria } from "@/filters/clauses";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { groupByYear, selectVisibleMilestones } from "@/filters/visible-milestones";
import { deriveEnergyLayers } from "@/panels/energy/energy-layers";
import { flowArrows } from "@/panels/energy/flow-arrows";
import { deriveTradeArmsSeries } from "@/panels/trade-arms/trade-arms-series";
import { noCriteria } from "../fixtures/model";

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data", file), "utf8")) as T;

const real = {
  milestones: read<{ milestones: Milestone[] }>("milestones.json").milestones,
  features: read<{ features: EnergyFeature[] }>("energy.json").features,
  places: read<{ places: Place[] }>("places.json").places,
  tradeArms: read<TradeArmsFile>("trade-arms.json"),
};
const featureIds = real.features.map((f) => f.id);
const placeIds = real.places.map((p) => p.id);
const CHART_YEARS = YEAR_MAX - YEAR_MIN + 1;

const year = fc.integer({ min: DATA_BOUNDS.yearMin, max: DATA_BOUNDS.yearMax });
const longWord = fc.integer({ min: 1, max: DATA_BOUNDS.maxText }).map((n) => "W".repeat(n));

/** A real milestone made as extreme as the bounds allow: any span of years, any links, text up to the cap. */
const extremeMilestone = fc
  .record({
    base: fc.constantFrom(...real.milestones),
    years: fc.tuple(year, year).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    features: fc.uniqueArray(fc.constantFrom(...featureIds), { maxLength: featureIds.length }),
    places: fc.uniqueArray(fc.constantFrom(...placeIds), { maxLength: 12 }),
    title: fc.option(longWord, { nil: undefined }),
  })
  .map(
    ({ base, years: [start, end], features, places, title }): Milestone => ({
      ...base,
      date: { start: String(start), end: String(end), precision: "range" },
      features,
      places,
      title: title ? { en: title, zh: title, he: title, ar: title, fa: title } : base.title,
    }),
  );

const milestonesFile = fc
  .array(extremeMilestone, { minLength: 1, maxLength: 400 })
  .map((list) => ({ milestones: list.map((m, i) => ({ ...m, id: `${m.id}-${i}` })) }));

const criteria: fc.Arbitrary<Criteria> = fc.record({
  ...Object.fromEntries(Object.entries(noCriteria).map(([key]) => [key, fc.constant(null)])),
  range: fc.option(
    fc
      .tuple(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), fc.integer({ min: YEAR_MIN, max: YEAR_MAX }))
      .map(([a, b]) => ({
        from: Math.min(a, b),
        to: Math.max(a, b),
      })),
    { nil: null },
  ),
  feature: fc.option(fc.constantFrom(...featureIds), { nil: null }),
}) as fc.Arbitrary<Criteria>;

describe("data cannot hurt the page", () => {
  it("every panel derivation does work bounded by the data, whatever schema-valid data says", () => {
    fc.assert(
      fc.property(milestonesFile, criteria, (file, filter) => {
        const { milestones } = parseDataset("milestones", file);

        const series = deriveTradeArmsSeries({
          data: real.tradeArms,
          milestones,
          criteria: filter,
          lang: "en",
          docTitle: (id) => id,
        });
        expect(series.highlightYears.length).toBeLessThanOrEqual(CHART_YEARS);
        expect(series.highlightYears.every((y) => y >= YEAR_MIN && y <= YEAR_MAX)).toBe(true);

        const layers = deriveEnergyLayers({
          features: real.features,
          places: real.places,
          milestones,
          criteria: filter,
          selected: filter.feature,
          hoveredMilestone: milestones[0]?.id ?? null,
        });
        expect(layers.features.length).toBeLessThanOrEqual(real.features.length);
        expect(layers.places.length).toBeLessThanOrEqual(real.places.length);
        for (const feature of real.features)
          expect(flowArrows(feature.coordinates).length).toBeLessThanOrEqual(2);

        const visible = selectVisibleMilestones(milestones, filter);
        expect(visible.length).toBeLessThanOrEqual(milestones.length);
        expect(groupByYear(visible).length).toBeLessThanOrEqual(visible.length);
      }),
      { numRuns: 200 },
    );
  });

  const invalid = (name: Parameters<typeof parseDataset>[0], data: unknown, field: string) => {
    try {
      parseDataset(name, data);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).field).toBe(field);
      return;
    }
    throw new Error("accepted data beyond the bounds");
  };
  const one = (overrides: Partial<Milestone>) => ({ milestones: [{ ...real.milestones[0], ...overrides }] });

  it("refuses years outside the product's range, dates out of order, and oversized text, ids and lists", () => {
    invalid(
      "milestones",
      one({ date: { start: "0001", end: "9999", precision: "range" } }),
      "milestones[0].date.start",
    );
    invalid(
      "milestones",
      one({ date: { start: "2010", end: "2006", precision: "range" } }),
      "milestones[0].date.end",
    );
    const huge = "W".repeat(DATA_BOUNDS.maxText + 1);
    invalid(
      "milestones",
      one({ title: { en: huge, zh: "z", he: "h", ar: "a", fa: "f" } }),
      "milestones[0].title.en",
    );
    invalid("milestones", one({ id: `a${"-b".repeat(50)}` }), "milestones[0].id");
    invalid(
      "milestones",
      one({ places: Array.from({ length: DATA_BOUNDS.maxList + 1 }, () => "baku") }),
      "milestones[0].places",
    );
    invalid(
      "tradeArms",
      {
        ...real.tradeArms,
        arms: {
          ...real.tradeArms.arms,
          windows: [{ ...real.tradeArms.arms.windows[0], from: 2020, to: 2010 }],
        },
      },
      "arms.windows[0].to",
    );
  });

  it("accepts a file of more records than a list inside a record may hold, up to the scale the panels are built for", () => {
    const many = Array.from({ length: DATA_BOUNDS.maxList + 1 }, (_, i) => ({
      ...real.milestones[0],
      id: `m-${i}`,
    }));
    expect(parseDataset("milestones", { milestones: many }).milestones).toHaveLength(many.length);
    expect(findBoundsProblem({ milestones: new Array(DATA_BOUNDS.maxRecords + 1).fill(0) })).toEqual({
      path: ["milestones"],
      message: `more than ${DATA_BOUNDS.maxRecords} items`,
    });
  });

  it("finds nothing to refuse in the project's own data", () => {
    for (const file of ["sources", "milestones", "places", "energy", "trade-arms", "stories"]) {
      expect(findBoundsProblem(read(`${file}.json`)), file).toBeNull();
    }
  });
});
