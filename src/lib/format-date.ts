import type { Milestone } from "../data/schemas";
import { dateFormat, numberFormat } from "./intl-cache";

function formatOne(iso: string, lang: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (m === undefined) return numberFormat(lang, { useGrouping: false }).format(y ?? 0);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { dateStyle: "long", timeZone: "UTC" };
  return dateFormat(`${lang}-u-ca-gregory`, options).format(date);
}

/**
 * A milestone's date as precise as its documents are, in the reader's language. Always on the
 * Gregorian calendar: a month of the documents does not map onto one month of another calendar.
 */
export function formatMilestoneDate(date: Milestone["date"], lang: string): string {
  const start = formatOne(date.start, lang);
  return date.end ? `${start} – ${formatOne(date.end, lang)}` : start;
}
