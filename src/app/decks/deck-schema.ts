import * as z from "zod/mini";
import { StoryViewSchema } from "@/filters/view-codec";

export const DECK_VERSION = 1;
export const MAX_DECK_STEPS = 40;
export const MAX_CAPTION = 600;
export const MAX_TITLE = 120;

/** A deck a user built: the same step views as the built-in stories, with captions in one language. */
export const DeckSchema = z.strictObject({
  version: z.literal(DECK_VERSION),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TITLE)),
  steps: z
    .array(
      z.strictObject({
        view: z.strictObject(StoryViewSchema.shape),
        caption: z.string().check(z.maxLength(MAX_CAPTION)),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_DECK_STEPS)),
});

export type Deck = z.infer<typeof DeckSchema>;
export type DeckStep = Deck["steps"][number];
