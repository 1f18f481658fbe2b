import type { Milestone } from "../../data/schemas";
import type { Criteria } from "../../filters/clauses";
import { eventStart, milestoneMatches, milestoneYears } from "../../filters/milestone-filter";

/** A year of dated milestones, or (year null) the standing facts the documents state without a date. */
export interface YearGroup {
  year: number | null;
  milestones: Milestone[];
}

export const STANDING_FACTS_ID = "standing-facts";

export function selectVisibleMilestones(milestones: readonly Milestone[], criteria: Criteria): Milestone[] {
  return milestones.filter((m) => milestoneMatches(m, criteria));
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
