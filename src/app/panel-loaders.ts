import type { PanelId } from "../filters/view-state";

/** Each panel is its own chunk, so an embed downloads only its own panel's libraries. */
export const loadPanel = {
  trade: () => import("../panels/trade-arms/trade-arms-panel"),
  energy: () => import("../panels/energy/energy-panel"),
  milestones: () => import("../panels/milestones/milestones-panel"),
} satisfies Record<PanelId, () => Promise<unknown>>;
