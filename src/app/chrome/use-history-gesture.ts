import { useMemo, useRef } from "react";
import type { HistoryMode } from "@/filters/store";

/**
 * One gesture is one history entry: a drag of a slider, a held arrow key, a run of typing. Its first
 * change pushes an entry and the rest replace it, so Back returns to the view before the gesture.
 * A change outside any gesture (a click, a single key press, assistive technology) pushes.
 */
export function useHistoryGesture() {
  const gesture = useRef({ open: false, changed: false });
  return useMemo(
    () => ({
      begin: () => {
        gesture.current = { open: true, changed: false };
      },
      end: () => {
        gesture.current = { open: false, changed: false };
      },
      /** How the next change of this control enters the history. */
      next: (): HistoryMode => {
        const mode = gesture.current.open && gesture.current.changed ? "replace" : "push";
        gesture.current.changed = true;
        return mode;
      },
    }),
    [],
  );
}
