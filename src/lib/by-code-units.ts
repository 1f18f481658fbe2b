/**
 * Orders ISO dates and kebab-case ids as their characters do. `localeCompare` would give the same
 * order for them, but its first call builds a collator: up to 35 ms of the first render.
 */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
