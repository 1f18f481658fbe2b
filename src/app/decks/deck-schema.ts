import { z } from "zod";
import { StoryViewSchema } from "@/filters/view-codec";

export const DECK_VERSION = 1;
export const MAX_DECK_STEPS = 40;
export const MAX_CAPTION = 600;
export const MAX_TITLE = 120;

/** A deck a user built: the same step views as the built-in stories, with captions in one language. */
export const DeckSchema = z
  .object({
    version: z.literal(DECK_VERSION),
    title: z.string().trim().min(1).max(MAX_TITLE),
    steps: z
      .array(
        z
          .object({
            view: StoryViewSchema.strict(),
            caption: z.string().max(MAX_CAPTION),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_DECK_STEPS),
  })
  .strict();

export type Deck = z.infer<typeof DeckSchema>;
export type DeckStep = Deck["steps"][number];
