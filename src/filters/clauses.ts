import type { Category } from "@/data/schemas";
import type { SharedView } from "./view-codec";
import type { PanelId } from "./view-state";

/** Who made a clause: one of the panels, or the shared filter bar. */
export type ClauseOwner = PanelId | "filters";

/**
 * One piece of the selection, tagged with the panel that made it (as in Mosaic). Under
 * cross-filtering a panel is filtered by every clause except its own.
 */
export type Clause =
  | { owner: "trade"; kind: "range"; from: number; to: number }
  | { owner: "filters"; kind: "categories"; values: Category[] }
  | { owner: "filters"; kind: "sources"; values: string[] }
  | { owner: "filters"; kind: "search"; text: string }
  | { owner: "milestones"; kind: "milestone"; id: string }
  | { owner: "energy"; kind: "feature"; id: string };

/** The range control is the brush's keyboard twin, so the range belongs to the chart. */
export function clausesOf(view: SharedView, bounds: { min: number; max: number }): Clause[] {
  const clauses: Clause[] = [];
  if (view.from !== null || view.to !== null) {
    clauses.push({ owner: "trade", kind: "range", from: view.from ?? bounds.min, to: view.to ?? bounds.max });
  }
  if (view.cat.length) clauses.push({ owner: "filters", kind: "categories", values: view.cat });
  if (view.src.length) clauses.push({ owner: "filters", kind: "sources", values: view.src });
  if (view.q.trim()) clauses.push({ owner: "filters", kind: "search", text: view.q.trim() });
  if (view.m) clauses.push({ owner: "milestones", kind: "milestone", id: view.m });
  if (view.f) clauses.push({ owner: "energy", kind: "feature", id: view.f });
  return clauses;
}

/** What filters one panel: every clause but the panel's own, flattened for easy use. */
export interface Criteria {
  range: { from: number; to: number } | null;
  categories: Category[] | null;
  sources: string[] | null;
  search: string | null;
  milestone: string | null;
  feature: string | null;
}

export const NO_CRITERIA: Readonly<Criteria> = {
  range: null,
  categories: null,
  sources: null,
  search: null,
  milestone: null,
  feature: null,
};

export function criteriaFrom(clauses: readonly Clause[], panel: PanelId): Criteria {
  const criteria: Criteria = { ...NO_CRITERIA };
  for (const clause of clauses) {
    if (clause.owner === panel) continue;
    switch (clause.kind) {
      case "range":
        criteria.range = { from: clause.from, to: clause.to };
        break;
      case "categories":
        criteria.categories = clause.values;
        break;
      case "sources":
        criteria.sources = clause.values;
        break;
      case "search":
        criteria.search = clause.text;
        break;
      case "milestone":
        criteria.milestone = clause.id;
        break;
      case "feature":
        criteria.feature = clause.id;
        break;
    }
  }
  return criteria;
}

export const showsCategory = (criteria: Criteria, category: Category): boolean =>
  criteria.categories === null || criteria.categories.includes(category);
