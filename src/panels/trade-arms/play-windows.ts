import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";

export interface YearWindow {
  from: number;
  to: number;
}

/** The window a Play sweeps when no narrower range is chosen: five years, 1991–1995 first. */
const DEFAULT_SPAN = 4;

/** The first window of a Play: the chosen range, or five years from 1991 when none is chosen or it reached the end. */
export function firstWindow(from: number | null, to: number | null): YearWindow {
  const start = from ?? YEAR_MIN;
  const end = to ?? YEAR_MAX;
  const whole = end - start >= YEAR_MAX - YEAR_MIN;
  const span = whole ? DEFAULT_SPAN : end - start;
  return whole || end >= YEAR_MAX ? { from: YEAR_MIN, to: YEAR_MIN + span } : { from: start, to: end };
}

/** The window one step on, or null when the Play is over: the range reached the end or was cleared. */
export function nextWindow(from: number | null, to: number | null): YearWindow | null {
  if (from === null || to === null || to >= YEAR_MAX) return null;
  return { from: from + 1, to: to + 1 };
}
