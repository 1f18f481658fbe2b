import * as z from "zod/mini";
import { LangSchema } from "@/data/vocabulary-schemas";
import { type SharedView, SharedViewSchema } from "@/filters/view-codec";
import { type PANELS, THEMES } from "@/filters/view-state";

export const MESSAGE_SOURCE = "iceberg";

export const IncomingMessageSchema = z.discriminatedUnion("type", [
  z.object({
    source: z.literal(MESSAGE_SOURCE),
    type: z.literal("setState"),
    state: z.partial(SharedViewSchema),
  }),
  z.object({ source: z.literal(MESSAGE_SOURCE), type: z.literal("setTheme"), theme: z.enum(THEMES) }),
  z.object({ source: z.literal(MESSAGE_SOURCE), type: z.literal("setLang"), lang: LangSchema }),
  /** Sent by embed.js when it starts, since an embed may have reported its height before anyone listened. */
  z.object({ source: z.literal(MESSAGE_SOURCE), type: z.literal("hello") }),
]);
export type IncomingMessage = z.infer<typeof IncomingMessageSchema>;

export type OutgoingMessage =
  | { source: typeof MESSAGE_SOURCE; type: "hello"; panel: (typeof PANELS)[number] }
  | { source: typeof MESSAGE_SOURCE; type: "resize"; panel: (typeof PANELS)[number]; height: number }
  | { source: typeof MESSAGE_SOURCE; type: "state"; state: SharedView; group: string | null }
  | { source: typeof MESSAGE_SOURCE; type: "select"; milestone: string | null };

/** Anything that is not a well-formed Iceberg message is ignored. */
export function parseIncomingMessage(data: unknown): IncomingMessage | null {
  const result = IncomingMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}
