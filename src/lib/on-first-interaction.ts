const INTERACTIONS = ["pointermove", "pointerdown", "keydown", "wheel", "touchstart", "scroll"] as const;

/** Runs `task` once, when the reader first moves the pointer, touches, clicks, types or scrolls; returns its cancel. */
export function onFirstInteraction(task: () => void): () => void {
  const run = () => {
    cancel();
    task();
  };
  const cancel = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, run, { capture: true });
  };
  for (const type of INTERACTIONS) window.addEventListener(type, run, { capture: true, passive: true });
  return cancel;
}
