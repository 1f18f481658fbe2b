import { toBlob } from "html-to-image";
import type { PanelId } from "../../filters/view-state";
import { downloadFile } from "../../lib/csv";

export interface ExportFooter {
  title: string;
  credit: string;
  date: string;
  permalink: string;
}

const panelElement = (panel: PanelId) => document.querySelector<HTMLElement>(`[data-panel="${panel}"]`);

/** Interactive chrome (map controls, buttons that only make sense on screen) is left out of every export. */
const isContent = (node: Node) =>
  !(
    node instanceof HTMLElement &&
    (node.dataset.exportExclude !== undefined || node.classList.contains("leaflet-control-container"))
  );

function footerElement(footer: ExportFooter): HTMLElement {
  const element = document.createElement("div");
  element.className = "export-footer";
  for (const line of [footer.title, footer.credit, `${footer.date} · ${footer.permalink}`]) {
    const p = document.createElement("p");
    p.textContent = line;
    element.append(p);
  }
  return element;
}

const STYLE_PROPERTIES = [
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

/** The panel as a PNG at twice its size (for projectors), with a footer naming it and its sources. */
export async function exportPanelPng(panel: PanelId, footer: ExportFooter): Promise<void> {
  const element = panelElement(panel);
  if (!element) return;
  const foot = footerElement(footer);
  element.append(foot);
  const restoreStyles = pinSvgStyles(element);
  try {
    const background = getComputedStyle(element).backgroundColor;
    const bytes = await toBlob(element, {
      pixelRatio: 2,
      backgroundColor: background,
      filter: isContent,
      cacheBust: false,
    });
    if (!bytes) return;
    downloadFile(`iceberg-${panel}.png`, bytes, "image/png");
  } finally {
    restoreStyles();
    foot.remove();
  }
}

/** As presentation attributes: a style attribute would be refused by the CSP (style-src 'self'). */
function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) target.setAttribute(property, value);
  }
  for (let i = 0; i < source.children.length; i++) {
    const a = source.children[i];
    const b = target.children[i];
    if (a && b) inlineStyles(a, b);
  }
}

/** The chart's two plots stacked in one standalone SVG, styles inlined, with the same footer. */
export function exportChartSvg(footer: ExportFooter): void {
  const surfaces = [...document.querySelectorAll<SVGSVGElement>('[data-panel="trade"] svg.recharts-surface')];
  if (!surfaces.length) return;
  const ns = "http://www.w3.org/2000/svg";
  const width = Math.max(...surfaces.map((s) => s.width.baseVal.value));
  const out = document.createElementNS(ns, "svg");
  let y = 0;
  for (const surface of surfaces) {
    const copy = surface.cloneNode(true) as SVGSVGElement;
    inlineStyles(surface, copy);
    copy.setAttribute("y", String(y));
    out.append(copy);
    y += surface.height.baseVal.value + 8;
  }
  const lines = [footer.title, footer.credit, `${footer.date} · ${footer.permalink}`];
  for (const line of lines) {
    const text = document.createElementNS(ns, "text");
    y += 16;
    text.setAttribute("x", "8");
    text.setAttribute("y", String(y));
    text.setAttribute("font-size", "12");
    text.setAttribute("font-family", "sans-serif");
    text.textContent = line;
    out.append(text);
  }
  out.setAttribute("xmlns", ns);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(y + 8));
  out.setAttribute("viewBox", `0 0 ${width} ${y + 8}`);
  downloadFile("iceberg-trade-and-arms.svg", new XMLSerializer().serializeToString(out), "image/svg+xml");
}
