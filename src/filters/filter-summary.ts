import type { Category } from "@/data/schemas";

export interface SummaryParts {
  from: number | null;
  to: number | null;
  categories: readonly Category[];
  count: number;
  total: number;
}

export interface SummaryText {
  allYears: string;
  allCategories: string;
  category: (c: Category) => string;
  year: (y: number) => string;
  /** `count` is the total, left unformatted: it chooses the plural form of the noun. */
  template: (vars: { range: string; categories: string; shown: string; count: number }) => string;
  number: (n: number) => string;
}

/** "2006–2016 · Energy · 14 of 120 milestones", in the reader's language. */
export function describeFilters(
  parts: SummaryParts,
  text: SummaryText,
  bounds: { min: number; max: number },
): string {
  const range =
    parts.from === null && parts.to === null
      ? text.allYears
      : `${text.year(parts.from ?? bounds.min)}–${text.year(parts.to ?? bounds.max)}`;
  const categories = parts.categories.length
    ? parts.categories.map(text.category).join(", ")
    : text.allCategories;
  return text.template({
    range,
    categories,
    shown: text.number(parts.count),
    count: parts.total,
  });
}
