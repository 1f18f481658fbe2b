import * as z from "zod/mini";

/**
 * What any record may say, whatever its schema: years within the history the product tells
 * (its earliest events are in the 18th century), dates in order, and text and lists of a size
 * a page can show. Far above the real data (longest text ≈ 500 characters, longest list ≈ 100),
 * far below what would freeze a browser. A file's own list of records (its milestones, places,
 * features…) may be as long as the scale the panels are built and benchmarked for (issue 10:
 * 100 k milestones, the list virtualised); a list inside a record stays small.
 */
export const DATA_BOUNDS = {
  yearMin: 1700,
  yearMax: 2100,
  maxText: 5_000,
  maxId: 80,
  maxList: 5_000,
  maxRecords: 100_000,
} as const;

const YEAR_KEYS = new Set(["year", "from", "to", "orderYear", "opened"]);
const YEAR_LIST_KEYS = new Set(["deliveryYears"]);
const DATE_KEYS = new Set(["start", "end", "date"]);
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Problem {
  path: PropertyKey[];
  message: string;
}

/** The first and last day an ISO date of any precision covers, as comparable strings. */
function span(iso: string): { first: string; last: string } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  return { first: `${y}-${m ?? "01"}-${d ?? "01"}`, last: `${y}-${m ?? "12"}-${d ?? "31"}` };
}

const yearProblem = (year: number) =>
  year < DATA_BOUNDS.yearMin || year > DATA_BOUNDS.yearMax
    ? `year ${year} is outside ${DATA_BOUNDS.yearMin}–${DATA_BOUNDS.yearMax}`
    : null;

function checkRecord(record: Record<string, unknown>, path: PropertyKey[]): Problem | null {
  for (const key of Object.keys(record)) {
    const value = record[key];
    let message: string | null = null;
    if (YEAR_KEYS.has(key) && typeof value === "number") message = yearProblem(value);
    else if (YEAR_LIST_KEYS.has(key) && Array.isArray(value)) {
      const bad = value.find((year) => typeof year === "number" && yearProblem(year));
      if (bad !== undefined) message = yearProblem(bad);
    } else if (DATE_KEYS.has(key) && typeof value === "string") {
      const year = Number(ISO_DATE.exec(value)?.[1]);
      if (Number.isFinite(year)) message = yearProblem(year);
    } else if (key === "id" && typeof value === "string" && value.length > DATA_BOUNDS.maxId) {
      message = `an id is longer than ${DATA_BOUNDS.maxId} characters`;
    }
    if (message) return { path: [...path, key], message };
  }
  const { start, end, from, to } = record;
  if (typeof start === "string" && typeof end === "string") {
    const a = span(start);
    const b = span(end);
    if (a && b && b.last < a.first)
      return { path: [...path, "end"], message: `ends (${end}) before it starts (${start})` };
  }
  if (typeof from === "number" && typeof to === "number" && to < from) {
    return { path: [...path, "to"], message: `ends (${to}) before it starts (${from})` };
  }
  return null;
}

/** The first value that oversteps DATA_BOUNDS, with its path; null when every value is within them. */
export function findBoundsProblem(value: unknown, path: PropertyKey[] = []): Problem | null {
  return walk(value, [...path], 0);
}

/**
 * `path` is one stack pushed and popped on the way down, copied only into a problem: a dataset of
 * 10 k milestones has half a million values, and a new path for each doubled the check's time.
 */
function walk(value: unknown, path: PropertyKey[], depth: number): Problem | null {
  if (typeof value === "string") {
    return value.length > DATA_BOUNDS.maxText
      ? { path: [...path], message: `text is longer than ${DATA_BOUNDS.maxText} characters` }
      : null;
  }
  if (Array.isArray(value)) {
    const max = depth === 1 ? DATA_BOUNDS.maxRecords : DATA_BOUNDS.maxList;
    if (value.length > max) return { path: [...path], message: `more than ${max} items` };
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const problem = walk(value[i], path, depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const own = checkRecord(record, path);
    if (own) return own;
    for (const key of Object.keys(record)) {
      path.push(key);
      const problem = walk(record[key], path, depth + 1);
      path.pop();
      if (problem) return problem;
    }
  }
  return null;
}

/** A dataset schema that also refuses what oversteps DATA_BOUNDS, naming the field like any schema error. */
export function bounded<S extends z.ZodMiniType>(schema: S): S {
  return schema.check(
    z.superRefine((data, ctx) => {
      const problem = findBoundsProblem(data);
      if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
    }),
  );
}
