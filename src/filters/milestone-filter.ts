import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { DatedMilestoneDate } from "@/data/schemas";
import type { Criteria } from "./clauses";
import { matchesQuery, parseQuery } from "./text-search";

export type DatedMilestone = Milestone & { date: DatedMilestoneDate };

export const isDated = (milestone: Milestone): milestone is DatedMilestone =>
  milestone.date.precision !== "undated";

/** The event's start (ISO), or null for a standing fact the documents give no date. */
export const eventStart = (milestone: Milestone): string | null =>
  isDated(milestone) ? milestone.date.start : null;

export function milestoneYears(milestone: Milestone): { start: number; end: number } | null {
  if (!isDated(milestone)) return null;
  const start = Number(milestone.date.start.slice(0, 4));
  const end = milestone.date.end ? Number(milestone.date.end.slice(0, 4)) : start;
  return { start, end };
}

/** Undated facts have no year to fall outside a range, so the range never removes them. */
export function inRange(milestone: Milestone, range: Criteria["range"]): boolean {
  const years = milestoneYears(milestone);
  if (!range || !years) return true;
  return years.start <= range.to && years.end >= range.from;
}

/** What the search reads: the title and, once the details have loaded, the summary, in every language. */
export const searchedTexts = (milestone: Milestone): string[] => [
  ...Object.values(milestone.title),
  ...(milestone.summary ? Object.values(milestone.summary) : []),
  milestone.id,
];

/** Matches the query against the milestone's title and summary in every language. */
export function matchesText(milestone: Milestone, text: string): boolean {
  return matchesQuery(searchedTexts(milestone), parseQuery(text));
}

export const involvesFeature = (milestone: Milestone, id: string): boolean =>
  milestone.features.includes(id) || milestone.places.includes(id);

/**
 * Whether a milestone passes the criteria. A panel that shows some criterion otherwise (dims out of
 * range rather than hiding) leaves it out of the criteria it passes, as in `{ ...criteria, range: null }`.
 */
export function milestoneMatches(milestone: Milestone, criteria: Criteria): boolean {
  if (!inRange(milestone, criteria.range)) return false;
  if (criteria.categories && !criteria.categories.includes(milestone.category)) return false;
  if (criteria.sources && !milestone.sources.some((s) => criteria.sources?.includes(s.doc))) return false;
  if (criteria.search && !matchesText(milestone, criteria.search)) return false;
  if (criteria.feature && !involvesFeature(milestone, criteria.feature)) return false;
  return true;
}
