import type { ViewState } from "../../filters/view-state";
import type { StepView } from "./slide-plan";

/** A step's saved view replaces every filter and selection; language, theme and presenter state stay. */
export function viewForStep(current: ViewState, saved: StepView = {}): ViewState {
  return {
    ...current,
    from: saved.from ?? null,
    to: saved.to ?? null,
    cat: saved.cat ?? [],
    src: saved.src ? [...saved.src].sort() : [],
    m: saved.m ?? null,
    f: saved.f ?? null,
    q: saved.q ?? "",
  };
}

export const clampStep = (steps: number, step: number | null): number =>
  Math.min(Math.max(1, step ?? 1), steps);
