import { PANEL_IDS, PANEL_REGISTRY, type PanelId } from "../src/panels/panel-registry.ts";

/**
 * The modules whose chunks make up each view: the view's own chunk, each panel's chunk, and the
 * lazy pieces a panel always loads to draw itself (its registry entry's `draws`: the chart, the
 * map). The milestone list's virtualiser is not one of them: only a list of more than 300 rows
 * loads it. Read by the preload plugin and by the bundle budgets.
 */
export const VIEW_ENTRIES = {
  views: { dashboard: "src/app/dashboard.tsx", embed: "src/app/embed/embed-view.tsx" } as Record<
    string,
    string
  >,
  panels: Object.fromEntries(
    PANEL_IDS.map((panel) => {
      const entry: { source: string; draws?: readonly string[] } = PANEL_REGISTRY[panel];
      return [panel, { entry: entry.source, draws: [...(entry.draws ?? [])] }];
    }),
  ) as Record<PanelId, { entry: string; draws: string[] }>,
};
