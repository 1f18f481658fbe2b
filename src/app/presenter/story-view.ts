import { type StoryView, sharedViewFromStory } from "@/filters/view-codec";
import type { ViewState } from "@/filters/view-state";

/** A step's saved view replaces every filter and selection; language, theme and presenter state stay. */
export function viewForStep(current: ViewState, saved: StoryView = {}): ViewState {
  return { ...current, ...sharedViewFromStory(saved) };
}

export const clampStep = (steps: number, step: number | null): number =>
  Math.min(Math.max(1, step ?? 1), steps);
