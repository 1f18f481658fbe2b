import { localeFormats } from "./intl-cache";

export function formatIsoDate(iso: string, lang: string): string {
  const [y = 0, m, d] = iso.split("-").map(Number);
  const formats = localeFormats(lang);
  if (m === undefined) return formats.year.format(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return (d === undefined ? formats.month : formats.day).format(date);
}

/** A span of ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); the end is absent for a single date. */
export interface IsoSpan {
  start: string;
  end?: string;
}

/** A date as precise as its documents are, in the reader's language, on the Gregorian calendar. */
export function formatMilestoneDate(date: IsoSpan, lang: string): string {
  const start = formatIsoDate(date.start, lang);
  return date.end ? `${start} – ${formatIsoDate(date.end, lang)}` : start;
}
