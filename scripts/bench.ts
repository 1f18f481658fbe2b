import { performance } from "node:perf_hooks";
import { CATEGORIES, type Milestone } from "../src/data/schemas";
import { clausesOf, criteriaFrom } from "../src/filters/clauses";
import { countMatching, indexMilestones } from "../src/filters/milestone-index";
import { YEAR_BOUNDS } from "../src/filters/use-criteria";
import type { ViewState } from "../src/filters/view-state";
import { groupVisibleByYear } from "../src/filters/visible-milestones";
import { deriveEnergyLayers } from "../src/panels/energy/energy-layers";
import { deriveTradeArmsSeries } from "../src/panels/trade-arms/trade-arms-series";
import { syntheticMilestones } from "./bench/synthetic-milestones";
import { readDataset } from "./read-datasets";

type ClauseState = Pick<ViewState, "from" | "to" | "cat" | "src" | "q" | "m" | "f">;

const tradeArms = readDataset("tradeArms");
const { features } = readDataset("energy");
const { places } = readDataset("places");
const real = readDataset("milestones").milestones;

/** What every panel derives from the store after one change, as the mounted dashboard does. */
function deriveEveryPanel(milestones: readonly Milestone[], state: ClauseState) {
  const clauses = clausesOf(state, YEAR_BOUNDS);
  const trade = criteriaFrom(clauses, "trade");
  const energy = criteriaFrom(clauses, "energy");
  const list = criteriaFrom(clauses, "milestones");
  const series = deriveTradeArmsSeries({
    data: tradeArms,
    milestones,
    criteria: trade,
    lang: "en",
    docTitle: (id) => id,
  });
  const layers = deriveEnergyLayers({
    features,
    places,
    milestones,
    criteria: energy,
    selected: state.f,
    hoveredMilestone: null,
  });
  const groups = groupVisibleByYear(milestones, list);
  // The list's count and the filter summary's are the same count, from one shared mask.
  const summaryCount = countMatching(indexMilestones(milestones), list);
  return [series, layers, groups, summaryCount];
}

const base: ClauseState = { from: null, to: null, cat: [], src: [], q: "", m: null, f: null };
const featureIds = features.map((f) => f.id);

function scenarios(milestones: readonly Milestone[]): Record<string, (step: number) => ClauseState> {
  const ids = milestones.map((m) => m.id);
  return {
    "range change": (k) => ({ ...base, from: 1991 + (k % 20), to: 2005 + (k % 20) }),
    // Every non-empty set of categories in turn, more than the index keeps masks for.
    "category toggle": (k) => ({ ...base, cat: CATEGORIES.filter((_, bit) => ((k % 63) + 1) & (1 << bit)) }),
    "milestone selection": (k) => ({ ...base, m: ids[(k * 7919) % ids.length] ?? null }),
    "feature selection": (k) => ({ ...base, f: featureIds[k % featureIds.length] ?? null }),
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

function measure(run: (step: number) => void): { median: number; p95: number; runs: number } {
  // Past the JIT's first tiers: the dashboard meets these changes with warm code after a few moves.
  for (let k = 0; k < 50; k++) run(k);
  const times: number[] = [];
  const started = performance.now();
  for (let k = 0; times.length < 200 && (times.length < 7 || performance.now() - started < 2000); k++) {
    const t0 = performance.now();
    run(k);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs: times.length };
}

/** Each size is built just before it is measured, so a small size never pays for a large heap. */
const sizes: [string, () => Milestone[]][] = [
  [`today (${real.length})`, () => real],
  ...[1_000, 10_000, 100_000].map((n): [string, () => Milestone[]] => [
    n.toLocaleString("en"),
    () => syntheticMilestones(n, { templates: real, placeIds: places.map((p) => p.id), featureIds }),
  ]),
];

const budget = (label: string) => (label.startsWith("today") ? 2 : label === "100,000" ? 16.7 : null);
const ms = (n: number) => n.toFixed(2).padStart(8);

console.log("Every panel's derivation after one change (ms; Node, synthetic data beyond today's)");
console.log(
  `${"size".padEnd(12)}${"change".padEnd(22)}${"median".padStart(8)}${"p95".padStart(8)}  runs  budget`,
);
for (const [label, build] of sizes) {
  const milestones = build();
  const t0 = performance.now();
  deriveEveryPanel(milestones, base);
  const first = performance.now() - t0;
  console.log(`${label.padEnd(12)}${"first (load)".padEnd(22)}${ms(first)}`);
  for (const [name, state] of Object.entries(scenarios(milestones))) {
    const { median, p95, runs } = measure((k) => deriveEveryPanel(milestones, state(k)));
    const limit = budget(label);
    const verdict = limit === null ? "" : p95 <= limit ? `≤ ${limit} ok` : `> ${limit} OVER`;
    console.log(
      `${label.padEnd(12)}${name.padEnd(22)}${ms(median)}${ms(p95)}  ${String(runs).padStart(4)}  ${verdict}`,
    );
  }
}
