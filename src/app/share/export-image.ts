import "./export-image.css";
import type { PanelId } from "../../filters/view-state";
import { downloadFile } from "../../lib/csv";

export interface ExportFooter {
  title: string;
  credit: string;
  date: string;
  permalink: string;
  /** The citation line: "Iceberg, <view>, <permalink>, accessed <date>". */
  citation?: string;
}

/** A long milestone list is cut here, with a note saying so, so the image stays readable. */
export const MAX_EXPORTED_MILESTONES = 40;

const panelElement = (panel: PanelId) => document.querySelector<HTMLElement>(`[data-panel="${panel}"]`);

/** Interactive chrome (map controls, buttons that only make sense on screen) is left out of every export. */
const isContent = (node: Node) =>
  !(
    node instanceof HTMLElement &&
    (node.dataset.exportExclude !== undefined || node.classList.contains("leaflet-control-container"))
  );

const footerLines = (footer: ExportFooter) => [
  footer.title,
  footer.credit,
  footer.citation ?? `${footer.date} · ${footer.permalink}`,
];

function footerElement(footer: ExportFooter): HTMLElement {
  const element = document.createElement("div");
  element.className = "export-footer";
  for (const line of footerLines(footer)) {
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

export interface SvgLegendEntry {
  label: string;
  /** A theme colour variable, read when the file is made so the file carries the theme's colours. */
  colour: string;
}

export interface ChartSvgText {
  title: string;
  filters: string;
  legend: SvgLegendEntry[];
  source: string;
  notes: string[];
}

const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, 'Noto Sans', sans-serif";

/**
 * The chart's two plots stacked in one standalone SVG, styles inlined, with its title, legend,
 * sources and footer as real SVG text (selectable, searchable, translatable).
 */
export function exportChartSvg(footer: ExportFooter, text: ChartSvgText): void {
  const panel = panelElement("trade");
  const surfaces = [...(panel?.querySelectorAll<SVGSVGElement>("svg.recharts-surface") ?? [])];
  if (!panel || !surfaces.length) return;
  const style = getComputedStyle(panel);
  const ink = style.color;
  const muted = getComputedStyle(document.documentElement).getPropertyValue("--muted").trim() || ink;
  const width = Math.max(640, ...surfaces.map((s) => s.width.baseVal.value));
  const out = document.createElementNS(SVG_NS, "svg");
  let y = 0;
  const line = (
    content: string,
    size: number,
    options: { bold?: boolean; colour?: string; x?: number } = {},
  ) => {
    const element = document.createElementNS(SVG_NS, "text");
    y += size * 1.4;
    element.setAttribute("x", String(options.x ?? 8));
    element.setAttribute("y", String(y));
    element.setAttribute("font-size", String(size));
    element.setAttribute("font-family", FONT);
    element.setAttribute("fill", options.colour ?? ink);
    if (options.bold) element.setAttribute("font-weight", "700");
    element.textContent = content;
    out.append(element);
    return element;
  };

  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", style.backgroundColor);
  out.append(background);

  line(text.title, 20, { bold: true });
  if (text.filters) line(text.filters, 14, { colour: muted });

  // The legend: one row of swatches and labels, wrapped to the width.
  y += 8;
  let x = 8;
  let rowY = y + 14;
  for (const entry of text.legend) {
    const estimate = 22 + entry.label.length * 6.6;
    if (x + estimate > width && x > 8) {
      x = 8;
      rowY += 20;
    }
    const swatch = document.createElementNS(SVG_NS, "rect");
    swatch.setAttribute("x", String(x));
    swatch.setAttribute("y", String(rowY - 10));
    swatch.setAttribute("width", "12");
    swatch.setAttribute("height", "12");
    swatch.setAttribute(
      "fill",
      getComputedStyle(document.documentElement).getPropertyValue(entry.colour).trim(),
    );
    out.append(swatch);
    const label = document.createElementNS(SVG_NS, "text");
    label.setAttribute("x", String(x + 18));
    label.setAttribute("y", String(rowY));
    label.setAttribute("font-size", "12");
    label.setAttribute("font-family", FONT);
    label.setAttribute("fill", ink);
    label.textContent = entry.label;
    out.append(label);
    x += estimate + 12;
  }
  y = rowY + 10;

  for (const surface of surfaces) {
    const caption = surface.closest("figure")?.querySelector("figcaption")?.textContent;
    if (caption) line(caption, 14, { bold: true });
    y += 4;
    const copy = surface.cloneNode(true) as SVGSVGElement;
    inlineStyles(surface, copy);
    copy.setAttribute("y", String(y));
    copy.setAttribute("x", "0");
    out.append(copy);
    y += surface.height.baseVal.value + 8;
  }

  line(text.source, 12);
  for (const note of text.notes) line(note, 11, { colour: muted });
  y += 6;
  for (const [i, content] of footerLines(footer).entries())
    line(content, 11, { colour: i === 0 ? ink : muted });

  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(y + 10));
  out.setAttribute("viewBox", `0 0 ${width} ${y + 10}`);
  out.setAttribute("role", "img");
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = text.title;
  out.prepend(title);
  downloadFile("iceberg-trade-and-arms.svg", new XMLSerializer().serializeToString(out), "image/svg+xml");
}
