/**
 * Links older releases wrote, brought to today's form. A migration names parameters as they were
 * then, so these names stay as they are even if the view codec renames a parameter later.
 */
type Migration = (params: URLSearchParams) => URLSearchParams;

/** The version today's links carry in `v`. */
export const URL_VERSION = 2;

function renameValues(param: string, renamed: Record<string, string>): Migration {
  return (params) => {
    const value = params.get(param);
    const next = value === null ? undefined : renamed[value];
    if (next === undefined) return params;
    const migrated = new URLSearchParams(params);
    migrated.set(param, next);
    return migrated;
  };
}

/** migrations[n] turns a version-n link into version n+1. Version 0 is a link with no `v`, written by hand. */
const MIGRATIONS: Record<number, Migration> = {
  0: (params) => params,
  // The first release (November 2026) dated two facts the documents leave undated, and their ids carried
  // that year; they became standing facts and lost it. A link to either still opens it.
  1: renameValues("m", {
    "azerbaijan-grain-exports-israel-2022": "azerbaijan-grain-exports-israel",
    "azerbaijan-resists-gaza-pressure-2024": "azerbaijan-resists-gaza-pressure",
  }),
};

/** The version a link says it was written in: none is 0; text that is not a number is read as today's. */
export function linkVersion(raw: string | null): number {
  if (raw === null) return 0;
  return /^\d{1,6}$/.test(raw) ? Number(raw) : /^\d+$/.test(raw) ? Number.POSITIVE_INFINITY : URL_VERSION;
}

/** A link from an older version in today's form. Call only with version <= URL_VERSION. */
export function migrate(params: URLSearchParams, version: number): URLSearchParams {
  let current = params;
  for (let v = version; v < URL_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (step) current = step(current);
  }
  return current;
}
