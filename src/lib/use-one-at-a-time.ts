import { startTransition, useEffect, useState } from "react";

/**
 * How many of `count` costly siblings may draw: the first at once, then one more per task after
 * each commit, so their first renders are separate tasks the browser can paint and take input
 * between, not one long task.
 */
export function useOneAtATime(count: number): number {
  const [drawn, setDrawn] = useState(1);
  useEffect(() => {
    if (drawn >= count) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((n) => n + 1)));
    return () => clearTimeout(timer);
  }, [drawn, count]);
  return Math.min(drawn, count);
}
