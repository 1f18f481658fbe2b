import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import type { DatasetName } from "./datasets";
import { fetchDataset } from "./fetch-dataset";

export const datasetKeys = {
  all: ["dataset"] as const,
  one: (name: DatasetName) => ["dataset", name] as const,
};

export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions({
    queryKey: datasetKeys.one(name),
    queryFn: ({ signal }) => fetchDataset(name, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    // A failed file is fetched again only when the user asks (Retry), not by every new reader.
    retryOnMount: false,
  });
}

/** For the data a panel cannot do without: a failure reaches the panel's error boundary. */
export function useRequiredDataset<N extends DatasetName>(name: N) {
  return useSuspenseQuery(datasetQuery(name)).data;
}

/** For data that only enriches a panel: a failure leaves it out. */
export function useOptionalDataset<N extends DatasetName>(name: N) {
  return useQuery(datasetQuery(name)).data;
}

/** Data a view has loaded, without fetching it: undefined until some reader that needs it has. */
export function useLoadedDataset<N extends DatasetName>(name: N) {
  return useQuery({ ...datasetQuery(name), enabled: false }).data;
}
