import type { PanelId } from "@/filters/view-state";

export const panelElement = (panel: PanelId) =>
  document.querySelector<HTMLElement>(`[data-panel="${panel}"]`);

/** The theme's SVG properties an export writes onto each element, since the file carries no stylesheet. */
export const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "font-size",
  "font-family",
  "opacity",
];
