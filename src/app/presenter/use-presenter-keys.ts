import { useEffect } from "react";

const NEXT = new Set(["ArrowRight", "PageDown", " ", "Spacebar"]);
const PREVIOUS = new Set(["ArrowLeft", "PageUp"]);

/** Clickers send PageUp/PageDown; keyboards use the arrows and Space. */
export function usePresenterKeys(actions: {
  next: () => void;
  previous: () => void;
  exit: () => void;
}): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inField = event.target instanceof Element && event.target.closest("select, input, textarea");
      if (inField || event.altKey || event.ctrlKey || event.metaKey) return;
      if (NEXT.has(event.key)) actions.next();
      else if (PREVIOUS.has(event.key)) actions.previous();
      else if (event.key === "Escape") actions.exit();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [actions]);
}
