import { useEffect, useRef } from "react";

/**
 * `next`, with each top-level part that equals the previous value's part (compared as JSON) kept
 * as the previous object: memoised consumers of an unchanged part see the same reference.
 */
export function keepEqualParts<T extends object>(previous: T | null, next: T): T {
  if (previous === null || previous === next) return next;
  const kept = { ...next };
  let changed = false;
  for (const key of Object.keys(next) as (keyof T)[]) {
    const equal = previous[key] === next[key] || JSON.stringify(previous[key]) === JSON.stringify(next[key]);
    if (equal) kept[key] = previous[key];
    else changed = true;
  }
  return changed ? kept : previous;
}

/** The value, sharing every part that did not change with the value of the last commit. */
export function useKeepEqualParts<T extends object>(next: T): T {
  const last = useRef<T | null>(null);
  const kept = keepEqualParts(last.current, next);
  useEffect(() => {
    last.current = kept;
  }, [kept]);
  return kept;
}
