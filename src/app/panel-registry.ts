import type { DatasetName } from "../data/datasets";
import type { PanelId } from "../filters/view-state";
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
}

/**
 * Every panel: the one place a new panel is added. Plain data, so build scripts and the Vite config
 * can read it too; `panel-views.ts` loads each `source` as its own chunk.
 */
export const PANEL_REGISTRY = {
  trade: {
    source: "src/panels/trade-arms/trade-arms-panel.tsx",
    titleKey: "panel.trade",
    datasets: ["tradeArms", "milestoneIndex", "sources"],
    embedHeight: 820,
    budget: { jsKb: 226, dataKb: 60, libraries: ["recharts"] },
  },
  energy: {
    source: "src/panels/energy/energy-panel.tsx",
    titleKey: "panel.energy",
    datasets: ["energy", "places", "milestoneIndex"],
    embedHeight: 900,
    budget: { jsKb: 186, dataKb: 52, libraries: ["leaflet"] },
  },
  milestones: {
    source: "src/panels/milestones/milestones-panel.tsx",
    titleKey: "panel.milestones",
    datasets: ["milestoneIndex", "sources", "places"],
    embedHeight: 720,
    budget: { jsKb: 119, dataKb: 40, libraries: [] },
  },
} as const satisfies Record<PanelId, PanelEntry>;

export const panelEntry = (panel: PanelId): PanelEntry => PANEL_REGISTRY[panel];

/** The datasets a view needs: one embedded panel's, or every panel's for the dashboard. */
export function datasetsFor(embed: PanelId | null): DatasetName[] {
  const panels: PanelId[] = embed ? [embed] : (Object.keys(PANEL_REGISTRY) as PanelId[]);
  return [...new Set(panels.flatMap((panel) => PANEL_REGISTRY[panel].datasets))];
}
