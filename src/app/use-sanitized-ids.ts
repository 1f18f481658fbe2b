import { useEffect } from "react";
import { useLoadedDataset } from "@/data/dataset-queries";
import { useIceberg } from "@/filters/store";

/**
 * Ids from a link that name nothing in the data are dropped, and the address bar corrected. Each is
 * checked once the view has loaded the data it names: this fetches nothing a view does not draw.
 */
export function useSanitizedIds(): void {
  const milestones = useLoadedDataset("milestoneIndex");
  const sources = useLoadedDataset("sources");
  const energy = useLoadedDataset("energy");
  const places = useLoadedDataset("places");
  // Ids arrive later too (an embed's host sends a view): each new one is checked.
  const m = useIceberg((s) => s.m);
  const src = useIceberg((s) => s.src);
  const f = useIceberg((s) => s.f);
  // biome-ignore lint/correctness/useExhaustiveDependencies: m, src and f are read from the store inside; listed so that a new id is checked
  useEffect(() => {
    const state = useIceberg.getState();
    if (milestones && state.m && !milestones.milestones.some((m) => m.id === state.m)) {
      state.selectMilestone(null, "replace");
    }
    if (sources && state.src.some((id) => !sources.documents.some((d) => d.id === id))) {
      state.setSources(
        state.src.filter((id) => sources.documents.some((d) => d.id === id)),
        "replace",
      );
    }
    if (energy && places && state.f) {
      const known =
        energy.features.some((f) => f.id === state.f) || places.places.some((p) => p.id === state.f);
      if (!known) {
        state.selectFeature(null, "replace");
      }
    }
  }, [milestones, sources, energy, places, m, src, f]);
}
