import type { DatasetName } from "../data/datasets";
import type { MessageKey } from "../i18n/locales/en";

/** A library big enough that the bundle checker tracks which views download it. */
export type HeavyLibrary = "recharts" | "leaflet";

export interface PanelEntry {
  /** The panel's module (default export: its container), as the build manifest names it; loaded on demand. */
  source: string;
  titleKey: MessageKey;
  /** What the panel reads, required or not: what is worth fetching before it mounts. */
  datasets: readonly DatasetName[];
  /** The embed's starting height in px; the host script then sizes the iframe to its content. */
  embedHeight: number;
  /**
   * Its embed's budget: gzip KB of JS and of data before the reader opens anything, and the heavy
   * libraries it may download at all.
   */
  budget: { jsKb: number; dataKb: number; libraries: readonly HeavyLibrary[] };
  /**
   * The modules the panel always loads lazily to draw itself (its chart, its map): the panel
   * imports them once its text has rendered, each view preloads their CSS, and the bundle budgets
   * count them. None if it loads nothing lazily.
   */
  draws?: readonly string[];
}

/**
 * Every panel, in the dashboard's order: the one place a new panel is added. Plain data, so every
 * layer, the build scripts and the Vite config can read it; `app/panel-views.ts` loads each
 * `source` as its own chunk. The ids (the keys) are what `embed=` and the cross-filter clauses use.
 */
export const PANEL_REGISTRY = {
  trade: {
    source: "src/panels/trade-arms/trade-arms-panel.tsx",
    titleKey: "panel.trade",
    datasets: ["tradeArms", "milestoneIndex", "sources"],
    embedHeight: 820,
    budget: { jsKb: 226, dataKb: 60, libraries: ["recharts"] },
    draws: ["src/panels/trade-arms/trade-arms-charts.tsx"],
  },
  energy: {
    source: "src/panels/energy/energy-panel.tsx",
    titleKey: "panel.energy",
    datasets: ["energy", "places", "milestoneIndex"],
    embedHeight: 900,
    budget: { jsKb: 186, dataKb: 52, libraries: ["leaflet"] },
    draws: ["src/panels/energy/energy-map.tsx"],
  },
  milestones: {
    source: "src/panels/milestones/milestones-panel.tsx",
    titleKey: "panel.milestones",
    datasets: ["milestoneIndex", "sources", "places"],
    embedHeight: 720,
    budget: { jsKb: 119, dataKb: 40, libraries: [] },
  },
} as const satisfies Record<string, PanelEntry>;

export type PanelId = keyof typeof PANEL_REGISTRY;
export const PANEL_IDS = Object.keys(PANEL_REGISTRY) as PanelId[];

export const panelEntry = (panel: PanelId): PanelEntry => PANEL_REGISTRY[panel];

/** The panels a view shows: the embedded one, or every panel for the dashboard. */
export const panelsIn = (embed: PanelId | null): readonly PanelId[] => (embed ? [embed] : PANEL_IDS);

/** The datasets a view needs: one embedded panel's, or every panel's for the dashboard. */
export function datasetsFor(embed: PanelId | null): DatasetName[] {
  return [...new Set(panelsIn(embed).flatMap((panel) => PANEL_REGISTRY[panel].datasets))];
}
