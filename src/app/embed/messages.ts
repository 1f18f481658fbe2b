import { z } from "zod";
import { CategorySchema, LangSchema } from "../../data/schemas";
import { type PANELS, THEMES, YEAR_MAX, YEAR_MIN } from "../../filters/view-state";

export const MESSAGE_SOURCE = "iceberg";

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80);
const Year = z.number().int().min(YEAR_MIN).max(YEAR_MAX).nullable();

/** The part of a view that embeds share with each other: filters and selections, not language or theme. */
export const SharedStateSchema = z
  .object({
    from: Year,
    to: Year,
    cat: z.array(CategorySchema).max(32),
    src: z.array(Id).max(32),
    m: Id.nullable(),
    f: Id.nullable(),
    q: z.string().max(200),
  })
  .strict();
export type SharedState = z.infer<typeof SharedStateSchema>;
export const SHARED_KEYS = SharedStateSchema.keyof().options;

export const IncomingMessageSchema = z.discriminatedUnion("type", [
  z.object({
    source: z.literal(MESSAGE_SOURCE),
    type: z.literal("setState"),
    state: SharedStateSchema.partial(),
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
  | { source: typeof MESSAGE_SOURCE; type: "state"; state: SharedState; group: string | null }
  | { source: typeof MESSAGE_SOURCE; type: "select"; milestone: string | null };

/** Anything that is not a well-formed Iceberg message is ignored. */
export function parseIncomingMessage(data: unknown): IncomingMessage | null {
  const result = IncomingMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}
