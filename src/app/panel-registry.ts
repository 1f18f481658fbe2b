import type { ComponentType } from "react";
import type { DatasetName } from "../data/datasets";
import type { PanelId } from "../filters/view-state";
import type { MessageKey } from "../i18n/locales/en";
import { retryableLazy } from "../lib/retryable-lazy";

/** A library big enough that the bundle checker tracks which views download it. */
export type HeavyLibrary = "recharts" | "leaflet";

export interface PanelEntry {
  /** The panel, loaded on demand: each panel is its own chunk, so an embed downloads only its own code. */
  View: ComponentType;
  /** The module `View` loads, as the build manifest names it. */
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

/** Every panel, in the order the dashboard shows them: the one place a new panel is added. */
export const PANEL_REGISTRY = {
  trade: {
    View: retryableLazy(() => import("../panels/trade-arms/trade-arms-panel")),
    source: "src/panels/trade-arms/trade-arms-panel.tsx",
    titleKey: "panel.trade",
    datasets: ["tradeArms", "milestoneIndex", "sources"],
    embedHeight: 820,
    budget: { jsKb: 250, dataKb: 60, libraries: ["recharts"] },
  },
  energy: {
    View: retryableLazy(() => import("../panels/energy/energy-panel")),
    source: "src/panels/energy/energy-panel.tsx",
    titleKey: "panel.energy",
    datasets: ["energy", "places", "milestoneIndex"],
    embedHeight: 900,
    budget: { jsKb: 230, dataKb: 52, libraries: ["leaflet"] },
  },
  milestones: {
    View: retryableLazy(() => import("../panels/milestones/milestones-panel")),
    source: "src/panels/milestones/milestones-panel.tsx",
    titleKey: "panel.milestones",
    datasets: ["milestoneIndex", "sources", "places"],
    embedHeight: 720,
    budget: { jsKb: 150, dataKb: 40, libraries: [] },
  },
} as const satisfies Record<PanelId, PanelEntry>;

export const panelEntry = (panel: PanelId): PanelEntry => PANEL_REGISTRY[panel];

/** The datasets a view needs: one embedded panel's, or every panel's for the dashboard. */
export function datasetsFor(embed: PanelId | null): DatasetName[] {
  const panels: PanelId[] = embed ? [embed] : (Object.keys(PANEL_REGISTRY) as PanelId[]);
  return [...new Set(panels.flatMap((panel) => PANEL_REGISTRY[panel].datasets))];
}
