/**
 * What the milestones panel shows for its criteria: the one derivation the list, the filter bar's
 * summary, the share dialog and the exports all read.
 */
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import { byCodeUnits } from "@/lib/by-code-units";
import type { Criteria } from "./clauses";
import { eventStart, milestoneYears } from "./milestone-filter";
import { countMatching, indexMilestones, matchMask } from "./milestone-index";

/** A year of dated milestones, or (year null) the standing facts the documents state without a date. */
export interface YearGroup<M extends Milestone = Milestone> {
  year: number | null;
  milestones: M[];
}

export const STANDING_FACTS_ID = "standing-facts";

/** How many milestones pass the criteria. */
export const countVisible = (milestones: readonly Milestone[], criteria: Criteria): number =>
  countMatching(indexMilestones(milestones), criteria);

/** The milestones passing the criteria, in the dataset's order (index entries or full records, as given). */
export function selectVisibleMilestones<M extends Milestone>(
  milestones: readonly M[],
  criteria: Criteria,
): M[] {
  const mask = matchMask(indexMilestones(milestones), criteria);
  const visible: M[] = [];
  for (let at = 0; at < mask.length; at++) if (mask[at]) visible.push(milestones[at] as M);
  return visible;
}

/** The list the panel shows, grouped as `groupByYear` does, read off the order sorted once at load. */
export function groupVisibleByYear<M extends Milestone>(
  milestones: readonly M[],
  criteria: Criteria,
): YearGroup<M>[] {
  const index = indexMilestones(milestones);
  const mask = matchMask(index, criteria);
  const groups: YearGroup<M>[] = [];
  const standing: M[] = [];
  for (const at of index.listOrder) {
    if (!mask[at]) continue;
    const milestone = milestones[at] as M;
    const year = index.startYear[at] ?? Number.NaN;
    if (Number.isNaN(year)) {
      standing.push(milestone);
      continue;
    }
    const last = groups.at(-1);
    if (last?.year === year) last.milestones.push(milestone);
    else groups.push({ year, milestones: [milestone] });
  }
  if (standing.length) groups.push({ year: null, milestones: standing });
  return groups;
}

/** Year groups in date order, then one "standing facts" group for the undated (never given a year). */
export function groupByYear(milestones: readonly Milestone[]): YearGroup[] {
  const sorted = [...milestones].sort(
    (a, b) => byCodeUnits(eventStart(a) ?? "", eventStart(b) ?? "") || byCodeUnits(a.id, b.id),
  );
  const groups: YearGroup[] = [];
  const standing: Milestone[] = [];
  for (const milestone of sorted) {
    const year = milestoneYears(milestone)?.start;
    if (year === undefined) {
      standing.push(milestone);
      continue;
    }
    const last = groups.at(-1);
    if (last?.year === year) last.milestones.push(milestone);
    else groups.push({ year, milestones: [milestone] });
  }
  standing.sort((a, b) => b.importance - a.importance || byCodeUnits(a.id, b.id));
  if (standing.length) groups.push({ year: null, milestones: standing });
  return groups;
}
