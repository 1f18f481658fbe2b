import { PANEL_REGISTRY } from "../src/app/panel-registry.ts";
import type { PanelId } from "../src/filters/view-state.ts";

/**
 * The modules whose chunks make up each view: the view's own chunk, each panel's chunk, and the
 * lazy pieces a panel always loads to draw itself (the chart, the map). The milestone list's
 * virtualiser is not one of them: only a list of more than 300 rows loads it. Read by the preload
 * plugin and by the bundle budgets.
 */
export const VIEW_ENTRIES = {
  views: { dashboard: "src/app/dashboard.tsx", embed: "src/app/embed/embed-view.tsx" } as Record<
    string,
    string
  >,
  panels: {
    trade: {
      entry: PANEL_REGISTRY.trade.source,
      draws: ["src/panels/trade-arms/trade-arms-charts.tsx"],
    },
    energy: { entry: PANEL_REGISTRY.energy.source, draws: ["src/panels/energy/energy-map.tsx"] },
    milestones: { entry: PANEL_REGISTRY.milestones.source, draws: [] },
  } satisfies Record<PanelId, { entry: string; draws: string[] }>,
};
