/**
 * What the milestones panel shows for its criteria: the one derivation the list, the filter bar's
 * summary, the share dialog and the exports all read.
 */
import type { Milestone } from "../data/schemas";
import type { Criteria } from "./clauses";
import { eventStart, milestoneYears } from "./milestone-filter";
import { countMatching, indexMilestones, matchMask } from "./milestone-index";

/** A year of dated milestones, or (year null) the standing facts the documents state without a date. */
export interface YearGroup {
  year: number | null;
  milestones: Milestone[];
}

export const STANDING_FACTS_ID = "standing-facts";

/** How many milestones pass the criteria. */
export const countVisible = (milestones: readonly Milestone[], criteria: Criteria): number =>
  countMatching(indexMilestones(milestones), criteria);

/** The milestones passing the criteria, in the dataset's order. */
export function selectVisibleMilestones(milestones: readonly Milestone[], criteria: Criteria): Milestone[] {
  const mask = matchMask(indexMilestones(milestones), criteria);
  const visible: Milestone[] = [];
  for (let at = 0; at < mask.length; at++) if (mask[at]) visible.push(milestones[at] as Milestone);
  return visible;
}

/** The list the panel shows, grouped as `groupByYear` does, read off the order sorted once at load. */
export function groupVisibleByYear(milestones: readonly Milestone[], criteria: Criteria): YearGroup[] {
  const index = indexMilestones(milestones);
  const mask = matchMask(index, criteria);
  const groups: YearGroup[] = [];
  const standing: Milestone[] = [];
  for (const at of index.listOrder) {
    if (!mask[at]) continue;
    const milestone = milestones[at] as Milestone;
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
    (a, b) => (eventStart(a) ?? "").localeCompare(eventStart(b) ?? "") || a.id.localeCompare(b.id),
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
  standing.sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  if (standing.length) groups.push({ year: null, milestones: standing });
  return groups;
}
