/** What every exported image carries at its foot: the panel, the credit, and how to cite the view. */
export interface ExportFooter {
  title: string;
  credit: string;
  date: string;
  permalink: string;
  /** The citation line: "Iceberg, <view>, <permalink>, accessed <date>". */
  citation?: string;
}

export const footerLines = (footer: ExportFooter) => [
  footer.title,
  footer.credit,
  footer.citation ?? `${footer.date} · ${footer.permalink}`,
];

export function footerElement(footer: ExportFooter): HTMLElement {
  const element = document.createElement("div");
  element.className = "export-footer";
  for (const line of footerLines(footer)) {
    const p = document.createElement("p");
    p.textContent = line;
    element.append(p);
  }
  return element;
}
