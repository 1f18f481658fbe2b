import type { Story } from "../../data/schemas";
import type { ViewState } from "../../filters/view-state";

/** A step's saved view replaces every filter and selection; language, theme and presenter state stay. */
export function viewForStep(current: ViewState, story: Story, step: number): ViewState {
  const saved = story.steps[step - 1]?.view ?? {};
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

export const clampStep = (story: Story, step: number | null): number =>
  Math.min(Math.max(1, step ?? 1), story.steps.length);
