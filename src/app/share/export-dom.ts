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
  "stroke-linejoin",
  // A label's halo is a stroke painted under its fill; without this the stroke covers the text.
  "paint-order",
  "font-size",
  "font-family",
  "opacity",
];
