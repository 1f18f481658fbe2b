import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Lang, Story } from "@/data/schemas";
import { useIceberg } from "@/filters/store";
import type { StoryView } from "@/filters/view-codec";
import { type DeckProblem, decodeDeck } from "../decks/deck-codec";
import type { Deck } from "../decks/deck-schema";

/** What the presenter steps through: a built-in story in the reader's language, or a user's deck. */
export interface SlideDeck {
  id: string;
  title: string;
  steps: { view: StoryView; caption: string }[];
}

export const storyDeck = (story: Story, lang: Lang): SlideDeck => ({
  id: story.id,
  title: story.title[lang],
  steps: story.steps.map((step) => ({ view: step.view, caption: step.caption[lang] })),
});

const deckQuery = (param: string | null) =>
  queryOptions({
    queryKey: ["deck", param] as const,
    queryFn: (): Promise<DeckLookup> => (param ? decodeDeck(param) : Promise.resolve(NO_DECK)),
    staleTime: Number.POSITIVE_INFINITY,
    // Decoding is local work: it must not wait for a network that a room may not have.
    networkMode: "always",
  });

type DeckLookup = { deck: Deck | null; error: DeckProblem | null };
const NO_DECK: DeckLookup = { deck: null, error: null };

/** The deck in the URL, decoded and validated; null when presenting a built-in story. */
export function useUserDeck(): { deck: SlideDeck | null; error: DeckProblem | null } {
  const param = useIceberg((s) => s.deck);
  const { data } = useSuspenseQuery(deckQuery(param));
  return useMemo(() => {
    if (!param || !data.deck) return { deck: null, error: param ? data.error : null };
    return { deck: { id: "deck", title: data.deck.title, steps: data.deck.steps }, error: null };
  }, [param, data]);
}
