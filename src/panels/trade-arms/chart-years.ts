import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { Criteria } from "@/filters/clauses";
import { indexMilestones, matchMask } from "@/filters/milestone-index";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";

/**
 * A milestone's position on the chart's year axis, where year Y is the band from Y − 0.5 to
 * Y + 0.5 around its bar: the band's middle for a year, the month's place within it otherwise.
 */
export function fractionalYear(iso: string): number {
  const [y = 0, m, d] = iso.split("-").map(Number);
  if (m === undefined) return y;
  return y - 0.5 + (m - 1 + (d === undefined ? 0.5 : (d - 1) / 31)) / 12;
}

/** The years of the milestones linked to a map feature, within the axis, that pass the other filters. */
export function linkedYears(
  milestones: readonly Milestone[],
  featureId: string,
  criteria: Criteria,
): number[] {
  const index = indexMilestones(milestones);
  const passes = matchMask(index, { ...criteria, range: null, feature: null });
  const years = new Set<number>();
  for (const at of index.byLink.get(featureId) ?? []) {
    const start = index.startYear[at] ?? Number.NaN;
    if (!passes[at] || Number.isNaN(start)) continue;
    const end = index.endYear[at] ?? start;
    for (let year = Math.max(start, YEAR_MIN); year <= Math.min(end, YEAR_MAX); year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
