import type { Milestone } from "../../data/schemas";
import type { Criteria } from "../../filters/clauses";
import { milestoneMatches, milestoneYears } from "../../filters/milestone-filter";

export interface YearGroup {
  year: number;
  milestones: Milestone[];
}

export function selectVisibleMilestones(milestones: readonly Milestone[], criteria: Criteria): Milestone[] {
  return milestones.filter((m) => milestoneMatches(m, criteria));
}

export function groupByYear(milestones: readonly Milestone[]): YearGroup[] {
  const sorted = [...milestones].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
  );
  const groups: YearGroup[] = [];
  for (const milestone of sorted) {
    const year = milestoneYears(milestone).start;
    const last = groups.at(-1);
    if (last?.year === year) last.milestones.push(milestone);
    else groups.push({ year, milestones: [milestone] });
  }
  return groups;
}
