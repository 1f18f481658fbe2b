import type { DatasetName } from "../data/datasets";
import { PANELS, type PanelId } from "../filters/view-state";

/** What each panel reads, required or not: what is worth fetching before it mounts. */
const PANEL_DATASETS: Record<PanelId, DatasetName[]> = {
  trade: ["tradeArms", "milestoneIndex", "sources"],
  energy: ["energy", "places", "milestoneIndex"],
  milestones: ["milestoneIndex", "sources", "places"],
};

export function datasetsFor(embed: PanelId | null): DatasetName[] {
  const panels = embed ? [embed] : PANELS;
  return [...new Set(panels.flatMap((panel) => PANEL_DATASETS[panel]))];
}
