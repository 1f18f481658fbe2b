import "./export-image.css";
import type { PanelId } from "@/filters/view-state";
import { downloadFile } from "@/lib/csv";
import { panelElement, STYLE_PROPERTIES } from "./export-dom";
import { type ExportFooter, footerElement } from "./export-footer";

/** A long milestone list is cut here, with a note saying so, so the image stays readable. */
export const MAX_EXPORTED_MILESTONES = 40;

/** Interactive chrome (map controls, buttons that only make sense on screen) is left out of every export. */
const isContent = (node: Node) =>
  !(
    node instanceof HTMLElement &&
    (node.dataset.exportExclude !== undefined || node.classList.contains("leaflet-control-container"))
  );

const svgStyle = (element: Element) => {
  const computed = getComputedStyle(element);
  return STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
};

/**
 * SVG drawn by Leaflet and Recharts takes its colours from theme classes, which an image of the
 * DOM does not carry: write them onto each element for the time of the export.
 */
function pinSvgStyles(root: Element): () => void {
  // Through the CSSOM, not the style attribute, which the CSP (style-src 'self') refuses.
  const saved = [...root.querySelectorAll<SVGElement>("svg *")].map((el) => {
    const before = el.style.cssText;
    el.style.cssText = `${before};${svgStyle(el)}`;
    return () => {
      el.style.cssText = before;
    };
  });
  return () => {
    for (const restore of saved) restore();
  };
}

/**
 * Lets the panel grow to its whole content for the time of the export (no scrollbars), and cuts a
 * long milestone list to its first items with a note that says so.
 */
function expandForExport(
  element: HTMLElement,
  firstOf: (shown: number, total: number) => string,
): () => void {
  element.dataset.exporting = "";
  const items = [...element.querySelectorAll<HTMLElement>(".milestone-item")];
  const cut = items.slice(MAX_EXPORTED_MILESTONES);
  for (const item of cut) item.dataset.exportHidden = "";
  const emptied = [...element.querySelectorAll<HTMLElement>(".milestone-year")].filter((year) =>
    [...year.querySelectorAll(".milestone-item")].every((item) => cut.includes(item as HTMLElement)),
  );
  for (const year of emptied) year.dataset.exportHidden = "";
  const note = document.createElement("p");
  note.className = "export-note";
  note.textContent = firstOf(MAX_EXPORTED_MILESTONES, items.length);
  if (cut.length) element.append(note);
  return () => {
    delete element.dataset.exporting;
    for (const hidden of [...cut, ...emptied]) delete hidden.dataset.exportHidden;
    note.remove();
  };
}

/** The panel as a PNG at twice its size (for projectors), whole, with a footer naming it and its view. */
export async function exportPanelPng(
  panel: PanelId,
  footer: ExportFooter,
  firstOf: (shown: number, total: number) => string,
): Promise<void> {
  const element = panelElement(panel);
  if (!element) return;
  const restoreLayout = expandForExport(element, firstOf);
  const foot = footerElement(footer);
  element.append(foot);
  const restoreStyles = pinSvgStyles(element);
  try {
    const background = getComputedStyle(element).backgroundColor;
    // Loaded on the first export, not with the dashboard.
    const { toBlob } = await import("html-to-image");
    const bytes = await toBlob(element, {
      pixelRatio: 2,
      backgroundColor: background,
      filter: isContent,
      cacheBust: false,
      width: element.scrollWidth,
      height: element.scrollHeight,
    });
    if (!bytes) return;
    downloadFile(`iceberg-${panel}.png`, bytes, "image/png");
  } finally {
    restoreStyles();
    foot.remove();
    restoreLayout();
  }
}
