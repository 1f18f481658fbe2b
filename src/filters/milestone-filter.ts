import type { Milestone } from "../data/schemas";
import type { Criteria } from "./clauses";
import { matchesQuery, parseQuery } from "./text-search";

export function milestoneYears(milestone: Milestone): { start: number; end: number } {
  const start = Number(milestone.date.start.slice(0, 4));
  const end = milestone.date.end ? Number(milestone.date.end.slice(0, 4)) : start;
  return { start, end };
}

export function inRange(milestone: Milestone, range: Criteria["range"]): boolean {
  if (!range) return true;
  const { start, end } = milestoneYears(milestone);
  return start <= range.to && end >= range.from;
}

/** Matches the query against the milestone's title and summary in every language. */
export function matchesText(milestone: Milestone, text: string): boolean {
  return matchesQuery(
    [...Object.values(milestone.title), ...Object.values(milestone.summary), milestone.id],
    parseQuery(text),
  );
}

export const involvesFeature = (milestone: Milestone, id: string): boolean =>
  milestone.features.includes(id) || milestone.places.includes(id);

type Check = "range" | "categories" | "sources" | "search" | "feature";

/** Whether a milestone passes the criteria; `skip` leaves checks out (to dim rather than hide). */
export function milestoneMatches(
  milestone: Milestone,
  criteria: Criteria,
  skip: readonly Check[] = [],
): boolean {
  const on = (check: Check) => !skip.includes(check);
  if (on("range") && !inRange(milestone, criteria.range)) return false;
  if (on("categories") && criteria.categories && !criteria.categories.includes(milestone.category))
    return false;
  if (on("sources") && criteria.sources && !milestone.sources.some((s) => criteria.sources?.includes(s.doc)))
    return false;
  if (on("search") && criteria.search && !matchesText(milestone, criteria.search)) return false;
  if (on("feature") && criteria.feature && !involvesFeature(milestone, criteria.feature)) return false;
  return true;
}
