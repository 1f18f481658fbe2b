import { useMemo } from "react";
import { type Criteria, clausesOf, criteriaFrom } from "./clauses";
import { useIceberg } from "./store";
import { type PanelId, YEAR_MAX, YEAR_MIN } from "./view-state";

export const YEAR_BOUNDS = { min: YEAR_MIN, max: YEAR_MAX } as const;

/** The criteria that filter one panel: every clause except the panel's own. */
export function useCriteria(panel: PanelId): Criteria {
  // A string compares by value: the panel re-renders only when its own criteria change.
  const key = useIceberg((s) => JSON.stringify(criteriaFrom(clausesOf(s, YEAR_BOUNDS), panel)));
  return useMemo(() => JSON.parse(key) as Criteria, [key]);
}
