import type { ComponentType } from "react";
import type { PanelId } from "@/filters/view-state";
import { retryableLazy } from "@/lib/retryable-lazy";
import { PANEL_REGISTRY } from "@/panels/panel-registry";

/** Every panel container; Vite makes each its own chunk, so an embed downloads only its own panel's code. */
const CONTAINERS = import.meta.glob<{ default: ComponentType }>("../panels/*/*-panel.tsx");

type PanelView = ComponentType & { preload(): Promise<void> };

const viewOf = (panel: PanelId): PanelView => {
  const load = CONTAINERS[`../${PANEL_REGISTRY[panel].source.replace(/^src\//, "")}`];
  if (!load)
    throw new Error(
      `The panel registry names ${PANEL_REGISTRY[panel].source}, which is not a panel container`,
    );
  return retryableLazy(load);
};

export const PANEL_VIEWS = Object.fromEntries(
  (Object.keys(PANEL_REGISTRY) as PanelId[]).map((panel) => [panel, viewOf(panel)]),
) as Record<PanelId, PanelView>;
