import { useMemo } from "react";
import { useHover } from "@/filters/hover-store";
import { useIceberg } from "@/filters/store";
import { parseQuery } from "@/filters/text-search";

/** What a milestone list marks on its rows: the search's terms and whatever the reader points at elsewhere. */
export function useListHighlights() {
  const query = useIceberg((s) => s.q);
  const terms = useMemo(() => parseQuery(query), [query]);
  const hoveredYear = useHover((s) => s.year);
  const hoveredMilestone = useHover((s) => s.milestone);
  const hoveredFeature = useHover((s) => s.feature);
  return { terms, hoveredYear, hoveredMilestone, hoveredFeature };
}
