import "../lib/zod-config";
import * as z from "zod/mini";
import { StoryViewSchema } from "../filters/view-codec";
import { CategorySchema, IdSchema as Id, LangSchema } from "./vocabulary-schemas";

export { CATEGORIES, type Category, LANGS, type Lang, OIL_MEASURES } from "./vocabulary";
export { CategorySchema, LangSchema } from "./vocabulary-schemas";

export { Id };
export const NonEmpty = z.string().check(z.trim(), z.minLength(1));

/** The same text in all five languages. */
export const LocalizedSchema = z.object({
  en: NonEmpty,
  zh: NonEmpty,
  he: NonEmpty,
  ar: NonEmpty,
  fa: NonEmpty,
});
export type Localized = z.infer<typeof LocalizedSchema>;

/** ISO date with the precision the documents give: 1992, 1992-04 or 1992-04-07. */
export const IsoDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"));

export const SourceKindSchema = z.enum(["encyclopedia", "think-tank paper", "magazine", "news agency"]);

export const SourceDocSchema = z.object({
  id: Id,
  file: z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a seed file name")),
  language: LangSchema,
  title: NonEmpty,
  titleTranslated: LocalizedSchema,
  publisher: NonEmpty,
  date: z.optional(IsoDate),
  dateNote: z.optional(NonEmpty),
  url: z.optional(z.url()),
  kind: SourceKindSchema,
  perspective: LocalizedSchema,
});
export type SourceDoc = z.infer<typeof SourceDocSchema>;

/** Data taken from outside the five documents (SIPRI, GEM, OpenStreetMap, news sites). */
export const ExternalSourceSchema = z.object({
  publisher: NonEmpty,
  title: z.optional(NonEmpty),
  url: z.optional(z.url()),
  date: z.optional(NonEmpty),
  via: z.optional(NonEmpty),
});
export type ExternalSource = z.infer<typeof ExternalSourceSchema>;

export const CreditSchema = z.object({
  id: Id,
  name: NonEmpty,
  credit: NonEmpty,
  licence: NonEmpty,
  url: z.optional(z.url()),
  usedFor: LocalizedSchema,
});
export type Credit = z.infer<typeof CreditSchema>;

export const SourcesFileSchema = z.object({
  documents: z.array(SourceDocSchema).check(z.minLength(1)),
  credits: z.array(CreditSchema).check(z.minLength(1)),
});
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

/**
 * A citation: a verbatim quote in the document's own language (an exact substring of the
 * document, whitespace aside), its translation into the other languages, and, on disputed
 * records, the claim this document makes in a few words.
 */
export const CitationSchema = z.object({
  doc: Id,
  quote: NonEmpty,
  /** The quote as a reader of its language reads it: reading order restored, PDF artefacts removed. */
  display: z.optional(NonEmpty),
  translation: z.partial(LocalizedSchema),
  claim: z.optional(LocalizedSchema),
});
export type Citation = z.infer<typeof CitationSchema>;

const DatedSchema = z.object({
  start: IsoDate,
  end: z.optional(IsoDate),
  precision: z.enum(["day", "month", "year", "range"]),
  /** Set when no document gives this date and it comes from outside them. */
  external: z.optional(z.array(ExternalSourceSchema).check(z.minLength(1))),
});

/**
 * A fact its documents state without a date: never given an event year, only the date of each
 * document that states it (absent when the document itself is undated).
 */
const UndatedSchema = z.object({
  precision: z.literal("undated"),
  asOf: z.array(z.object({ doc: Id, date: z.optional(IsoDate) })).check(z.minLength(1)),
});

export const MilestoneDateSchema = z.discriminatedUnion("precision", [
  z.extend(DatedSchema, { precision: z.literal("day") }),
  z.extend(DatedSchema, { precision: z.literal("month") }),
  z.extend(DatedSchema, { precision: z.literal("year") }),
  z.extend(DatedSchema, { precision: z.literal("range") }),
  UndatedSchema,
]);
export type MilestoneDate = z.infer<typeof MilestoneDateSchema>;
export type DatedMilestoneDate = Exclude<MilestoneDate, { precision: "undated" }>;

export const MilestoneSchema = z.object({
  id: Id,
  date: MilestoneDateSchema,
  category: CategorySchema,
  places: z.array(Id),
  features: z.array(Id),
  importance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  title: LocalizedSchema,
  summary: LocalizedSchema,
  sources: z.array(CitationSchema).check(z.minLength(1)),
  disputed: z.optional(LocalizedSchema),
  /** Why a claim is doubtful in itself, even where no other document contradicts it. */
  caveat: z.optional(LocalizedSchema),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const MilestonesFileSchema = z.object({ milestones: z.array(MilestoneSchema).check(z.minLength(1)) });

export const FIGURE_UNITS = [
  "US$ m",
  "%",
  "TIV m",
  "bbl/d",
  "kb/d",
  "Mt",
  "bcm/y",
  "km",
  "million bbl",
] as const;

/** A number with its unit and where it comes from. */
export const QuantitySchema = z.object({
  value: z.number(),
  unit: z.enum(FIGURE_UNITS),
  sources: z.array(CitationSchema),
  external: z.array(ExternalSourceSchema),
});

export const StorySchema = z.object({
  id: Id,
  title: LocalizedSchema,
  steps: z.array(z.object({ view: StoryViewSchema, caption: LocalizedSchema })).check(z.minLength(2)),
});
export type Story = z.infer<typeof StorySchema>;
export const StoriesFileSchema = z.object({ stories: z.array(StorySchema).check(z.minLength(3)) });
