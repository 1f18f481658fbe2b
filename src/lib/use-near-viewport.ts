import { type RefCallback, useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** How far below the fold a part starts to mount, as a share of the viewport's height. */
const AHEAD = "25%";

/**
 * For a heavy part that may start below the fold (the map, under the chart on a phone): `near`
 * turns true once the placeholder given `ref` comes within a quarter screen of the viewport, and
 * stays true. Printing mounts it at once, within the `beforeprint` event so the print layout has it;
 * `printing` then tells the part to lay itself out for paper as it mounts.
 */
export function useNearViewport<E extends Element>(): {
  ref: RefCallback<E>;
  near: boolean;
  printing: boolean;
} {
  // Without IntersectionObserver (older browsers, jsdom) the part mounts at once.
  const [state, setState] = useState({ near: typeof IntersectionObserver === "undefined", printing: false });
  const ref = useCallback<RefCallback<E>>((element) => {
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setState((s) => (s.near ? s : { near: true, printing: false }));
        }
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (state.near) return;
    const print = () => flushSync(() => setState({ near: true, printing: true }));
    window.addEventListener("beforeprint", print);
    return () => window.removeEventListener("beforeprint", print);
  }, [state.near]);
  return { ref, ...state };
}
