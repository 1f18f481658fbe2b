import { downloadFile } from "@/lib/csv";
import { panelElement, STYLE_PROPERTIES } from "./export-dom";
import { type ExportFooter, footerLines } from "./export-footer";

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
