import type { QueryClient } from "@tanstack/react-query";
import { datasetQuery } from "@/data/dataset-queries";
import type { DatasetName } from "@/data/datasets";
import { afterFirstLoad } from "@/lib/after-first-load";
import { whenIdle } from "@/lib/when-idle";

/** Everything a story or deck needs, so that Present works once the network is gone. */
const PRESENTER_DATASETS: DatasetName[] = [
  "stories",
  "tradeArms",
  "energy",
  "places",
  "milestoneIndex",
  "milestoneDetails",
  "sources",
];

/** Once the dashboard has loaded and idles, fetch the presenter's code and data into the caches. */
export function prefetchPresenter(queryClient: QueryClient): () => void {
  // Under Vitest (jsdom) there is no network to lose, and compiling the chart and map for nothing slows every test.
  if (import.meta.env.MODE === "test") return () => {};
  // A prefetch that fails costs nothing: the real load shows the failure with its Retry. Nor does it
  // fetch again a dataset that already failed, which only the reader's Retry should.
  const ignore = () => {};
  const run = () => {
    import("./presenter-view").catch(ignore);
    import("./slide-chart").catch(ignore);
    import("@/panels/energy/energy-map").catch(ignore);
    for (const name of PRESENTER_DATASETS) {
      const query = datasetQuery(name);
      if (queryClient.getQueryState(query.queryKey)?.status !== "error")
        void queryClient.prefetchQuery(query);
    }
  };
  // Not while the page first loads, which on a phone is long enough without it.
  let cancelIdle = () => {};
  const cancelWait = afterFirstLoad(() => {
    cancelIdle = whenIdle(run, 4000);
  });
  return () => {
    cancelWait();
    cancelIdle();
  };
}
