import { type QueryClient, useQuery, useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { useIceberg } from "@/filters/store";
import { datasetQuery } from "./dataset-queries";
import { joinMilestones } from "./join-milestones";
import type { MilestoneEntry } from "./milestone-split";
import type { Milestone } from "./schemas";

const indexQuery = datasetQuery("milestoneIndex");
const detailsQuery = datasetQuery("milestoneDetails");

/**
 * Every view draws from the index; the details (summaries, citations) load only when something
 * reads them. Once they have, readers of the index get the full records instead, so the search,
 * which a query in progress asks the details for, finds the words of the summaries as well.
 */
function useJoined(index: Parameters<typeof joinMilestones>[0] | undefined) {
  const searching = useIceberg((s) => s.q.trim() !== "");
  const details = useQuery({ ...detailsQuery, enabled: searching }).data;
  if (!index) return undefined;
  return details ? joinMilestones(index, details) : index.milestones;
}

/** For a panel that cannot draw without the milestones: suspends, and a failure reaches its boundary. */
export function useMilestones(): readonly MilestoneEntry[] {
  const index = useSuspenseQuery(indexQuery).data;
  return useJoined(index) ?? index.milestones;
}

/** For what milestones only enrich: undefined until loaded, and when they fail. */
export function useOptionalMilestones(): readonly MilestoneEntry[] | undefined {
  return useJoined(useQuery(indexQuery).data);
}

/** The full records, fetching the details when `enabled`; undefined until both halves are in. */
export function useFullMilestones(enabled = true): Milestone[] | undefined {
  const index = useQuery({ ...indexQuery, enabled }).data;
  const details = useQuery({ ...detailsQuery, enabled }).data;
  return index && details ? joinMilestones(index, details) : undefined;
}

/** The full records for a slide deck: suspends until both halves are in. */
export function useRequiredFullMilestones(): Milestone[] {
  const [index, details] = useSuspenseQueries({ queries: [indexQuery, detailsQuery] });
  return joinMilestones(index.data, details.data);
}

/** The full records for an export, fetched if need be; rejects with the failed file's DatasetError. */
export async function loadFullMilestones(queryClient: QueryClient): Promise<Milestone[]> {
  const [index, details] = await Promise.all([
    queryClient.ensureQueryData(indexQuery),
    queryClient.ensureQueryData(detailsQuery),
  ]);
  return joinMilestones(index, details);
}

/** Starts the details' download early (the search box focused, a row pointed at); a failure costs nothing here. */
export function prefetchMilestoneDetails(queryClient: QueryClient): void {
  if (queryClient.getQueryState(detailsQuery.queryKey)?.status !== "error")
    void queryClient.prefetchQuery(detailsQuery);
}
