import { onFirstInteraction } from "./on-first-interaction";
import { whenIdle } from "./when-idle";

/** How long after its load event a page left alone is taken to be read, not loading. */
const SETTLED_MS = 5000;

/**
 * Runs `task` once, when it no longer competes with the page's first load: when the reader first
 * acts (a pointer move, a touch, a key, a scroll), or at an idle moment SETTLED_MS after the load
 * event, whichever comes first. Returns its cancel.
 */
export function afterFirstLoad(task: () => void): () => void {
  let done = false;
  const cancels: (() => void)[] = [];
  const run = () => {
    if (done) return;
    done = true;
    for (const cancel of cancels) cancel();
    task();
  };
  cancels.push(onFirstInteraction(run));
  const settle = () => {
    const timer = setTimeout(() => cancels.push(whenIdle(run, SETTLED_MS)), SETTLED_MS);
    cancels.push(() => clearTimeout(timer));
  };
  if (document.readyState === "complete") settle();
  else {
    window.addEventListener("load", settle, { once: true });
    cancels.push(() => window.removeEventListener("load", settle));
  }
  return () => {
    done = true;
    for (const cancel of cancels) cancel();
  };
}
