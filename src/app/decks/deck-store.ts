import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { storyViewOf } from "@/filters/view-codec";
import type { ViewState } from "@/filters/view-state";
import { DECK_VERSION, type Deck, DeckSchema, type DeckStep, MAX_DECK_STEPS } from "./deck-schema";

interface DeckState {
  title: string;
  steps: DeckStep[];
  setTitle: (title: string) => void;
  addView: (view: ViewState, caption: string) => void;
  setCaption: (index: number, caption: string) => void;
  move: (index: number, by: -1 | 1) => void;
  remove: (index: number) => void;
  replace: (deck: Deck) => void;
  clear: () => void;
}

export const deckOf = (state: Pick<DeckState, "title" | "steps">, fallbackTitle: string): Deck => ({
  version: DECK_VERSION,
  title: state.title.trim() || fallbackTitle,
  steps: state.steps,
});

/** The deck being built, kept in this browser between visits. */
export const useDeckStore = create<DeckState>()(
  persist(
    (set) => ({
      title: "",
      steps: [],
      setTitle: (title) => set({ title }),
      addView: (view, caption) =>
        set((s) =>
          s.steps.length >= MAX_DECK_STEPS
            ? s
            : { steps: [...s.steps, { view: storyViewOf(view), caption }] },
        ),
      setCaption: (index, caption) =>
        set((s) => ({ steps: s.steps.map((step, i) => (i === index ? { ...step, caption } : step)) })),
      move: (index, by) =>
        set((s) => {
          const target = index + by;
          if (target < 0 || target >= s.steps.length) return s;
          const steps = [...s.steps];
          [steps[index], steps[target]] = [steps[target] as DeckStep, steps[index] as DeckStep];
          return { steps };
        }),
      remove: (index) => set((s) => ({ steps: s.steps.filter((_, i) => i !== index) })),
      replace: (deck) => set({ title: deck.title, steps: deck.steps }),
      clear: () => set({ title: "", steps: [] }),
    }),
    {
      name: "iceberg-deck",
      version: DECK_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ title: s.title, steps: s.steps }),
      // What another tab or an older build left behind passes the same schema as a shared deck, or is dropped.
      merge: (persisted, current) => {
        const saved = persisted as { title?: unknown; steps?: unknown } | undefined;
        const parsed = DeckSchema.safeParse({
          version: DECK_VERSION,
          title: saved?.title || "-",
          steps: saved?.steps,
        });
        if (!parsed.success) return current;
        return {
          ...current,
          title: typeof saved?.title === "string" ? saved.title : "",
          steps: parsed.data.steps,
        };
      },
    },
  ),
);
