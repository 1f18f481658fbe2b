import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { datasetKeys } from "./dataset-queries";

/** Fetches again every dataset that failed, and only those. */
export function useRetryFailedDatasets(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.resetQueries({
      queryKey: datasetKeys.all,
      predicate: (q) => q.state.status === "error",
    });
  }, [queryClient]);
}
