import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import { CATEGORIES } from "@/data/vocabulary";
import { byCodeUnits } from "@/lib/by-code-units";
import type { Criteria } from "./clauses";
import { eventStart, milestoneYears, searchedTexts } from "./milestone-filter";
import { matchesQuery, parseQuery } from "./text-search";

/**
 * The milestones prepared once per loaded dataset so that every filter change is a pass over
 * numbers: years parsed, list order sorted, and category, place and feature looked up by id.
 */
export interface MilestoneIndex {
  milestones: readonly Milestone[];
  /** Position of each id in `milestones`. */
  position: ReadonlyMap<string, number>;
  /** First and last year per position; NaN for a standing fact, which has no year. */
  startYear: Float64Array;
  endYear: Float64Array;
  /** Each milestone's category as its place in CATEGORIES. */
  categoryCode: Uint8Array;
  /** Positions in list order: dated by start then id, then the standing facts by importance. */
  listOrder: Int32Array;
  /** Positions of the milestones naming a place or an energy feature, ascending. */
  byLink: ReadonlyMap<string, readonly number[]>;
  /** Positions of the milestones naming a place, ascending. */
  byPlace: ReadonlyMap<string, readonly number[]>;
  /** The last masks asked for: the list, its groups and the filter summary share one per change. */
  masks: Map<string, Uint8Array>;
}

const MASKS_KEPT = 8;

const built = new WeakMap<readonly Milestone[], MilestoneIndex>();

/** The index of one loaded dataset; built on first use and kept as long as the dataset is. */
export function indexMilestones(milestones: readonly Milestone[]): MilestoneIndex {
  const cached = built.get(milestones);
  if (cached) return cached;
  const n = milestones.length;
  const position = new Map<string, number>();
  const startYear = new Float64Array(n);
  const endYear = new Float64Array(n);
  const categoryCode = new Uint8Array(n);
  const byLink = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  milestones.forEach((milestone, at) => {
    position.set(milestone.id, at);
    const years = milestoneYears(milestone);
    startYear[at] = years?.start ?? Number.NaN;
    endYear[at] = years?.end ?? Number.NaN;
    categoryCode[at] = CATEGORIES.indexOf(milestone.category);
    for (const id of milestone.features) add(byLink, id, at);
    for (const id of milestone.places) {
      add(byLink, id, at);
      add(byPlace, id, at);
    }
  });

  const dated: number[] = [];
  const standing: number[] = [];
  for (const [at, m] of milestones.entries()) (eventStart(m) === null ? standing : dated).push(at);
  const starts = milestones.map((m) => eventStart(m) ?? "");
  const idOf = (at: number) => milestones[at]?.id ?? "";
  dated.sort((a, b) => byCodeUnits(starts[a] ?? "", starts[b] ?? "") || byCodeUnits(idOf(a), idOf(b)));
  standing.sort(
    (a, b) =>
      (milestones[b]?.importance ?? 0) - (milestones[a]?.importance ?? 0) || byCodeUnits(idOf(a), idOf(b)),
  );

  const index: MilestoneIndex = {
    milestones,
    position,
    startYear,
    endYear,
    categoryCode,
    listOrder: Int32Array.from([...dated, ...standing]),
    byLink,
    byPlace,
    masks: new Map(),
  };
  built.set(milestones, index);
  return index;
}

export function milestoneById(index: MilestoneIndex, id: string | null): Milestone | undefined {
  if (id === null) return undefined;
  const at = index.position.get(id);
  return at === undefined ? undefined : index.milestones[at];
}

/** Undated facts have no year to fall outside a range, so the range never removes them. */
export function inRangeAt(index: MilestoneIndex, at: number, range: Criteria["range"]): boolean {
  if (!range) return true;
  const start = index.startYear[at] ?? Number.NaN;
  if (Number.isNaN(start)) return true;
  return start <= range.to && (index.endYear[at] ?? start) >= range.from;
}

/**
 * Which milestones pass the criteria, as a mask over positions (shared: read, never write).
 * The same rules as `milestoneMatches`.
 */
export function matchMask(index: MilestoneIndex, criteria: Criteria): Uint8Array {
  const { range, categories, sources, search, feature } = criteria;
  const key = JSON.stringify([range, categories, sources, search, feature]);
  const kept = index.masks.get(key);
  if (kept) return kept;
  const mask = computeMask(index, criteria);
  if (index.masks.size >= MASKS_KEPT) index.masks.delete(index.masks.keys().next().value as string);
  index.masks.set(key, mask);
  return mask;
}

function computeMask(index: MilestoneIndex, criteria: Criteria): Uint8Array {
  const { milestones } = index;
  const mask = new Uint8Array(milestones.length);
  const linked = criteria.feature ? (index.byLink.get(criteria.feature) ?? []) : null;
  if (linked) for (const at of linked) mask[at] = 1;
  else mask.fill(1);

  const { range } = criteria;
  if (range) {
    const { startYear, endYear } = index;
    for (let at = 0; at < mask.length; at++) {
      const start = startYear[at] as number;
      // NaN compares false both ways: a standing fact is never outside a range.
      if (start > range.to || (endYear[at] as number) < range.from) mask[at] = 0;
    }
  }
  if (criteria.categories) {
    let wanted = 0;
    for (const category of criteria.categories) wanted |= 1 << CATEGORIES.indexOf(category);
    const { categoryCode } = index;
    for (let at = 0; at < mask.length; at++)
      if (!(wanted & (1 << (categoryCode[at] as number)))) mask[at] = 0;
  }
  const sources = criteria.sources ? new Set(criteria.sources) : null;
  const terms = criteria.search ? parseQuery(criteria.search) : null;
  if (!sources && !terms) return mask;
  for (let at = 0; at < mask.length; at++) {
    if (!mask[at]) continue;
    const m = milestones[at] as Milestone;
    const passes =
      (!sources || m.sources.some((s) => sources.has(s.doc))) &&
      (!terms || matchesQuery(searchedTexts(m), terms));
    if (!passes) mask[at] = 0;
  }
  return mask;
}

export function countMatching(index: MilestoneIndex, criteria: Criteria): number {
  let count = 0;
  for (const hit of matchMask(index, criteria)) count += hit;
  return count;
}
