import { useEffect } from "react";
import { useOptionalDataset } from "../data/dataset-queries";
import { useIceberg } from "../filters/store";
import { replaceNextUrl } from "./url-sync";

/** Ids from a link that name nothing in the data are dropped, and the address bar corrected. */
export function useSanitizedIds(): void {
  const milestones = useOptionalDataset("milestones");
  const sources = useOptionalDataset("sources");
  const energy = useOptionalDataset("energy");
  const places = useOptionalDataset("places");
  useEffect(() => {
    const state = useIceberg.getState();
    if (milestones && state.m && !milestones.milestones.some((m) => m.id === state.m)) {
      replaceNextUrl();
      state.selectMilestone(null);
    }
    if (sources && state.src.some((id) => !sources.documents.some((d) => d.id === id))) {
      replaceNextUrl();
      state.setSources(state.src.filter((id) => sources.documents.some((d) => d.id === id)));
    }
    if (energy && places && state.f) {
      const known =
        energy.features.some((f) => f.id === state.f) || places.places.some((p) => p.id === state.f);
      if (!known) {
        replaceNextUrl();
        state.selectFeature(null);
      }
    }
  }, [milestones, sources, energy, places]);
}
