import "../lib/zod-without-eval";
import { z } from "zod";
import { StoryViewSchema } from "../filters/view-codec";
import { OIL_MEASURES } from "./vocabulary";
import { CategorySchema, IdSchema as Id, LangSchema } from "./vocabulary-schemas";

export { CATEGORIES, type Category, LANGS, type Lang, OIL_MEASURES } from "./vocabulary";
export { CategorySchema, LangSchema } from "./vocabulary-schemas";

const NonEmpty = z.string().trim().min(1);

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
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

export const SourceKindSchema = z.enum(["encyclopedia", "think-tank paper", "magazine", "news agency"]);

export const SourceDocSchema = z.object({
  id: Id,
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a seed file name"),
  language: LangSchema,
  title: NonEmpty,
  titleTranslated: LocalizedSchema,
  publisher: NonEmpty,
  date: IsoDate.optional(),
  dateNote: NonEmpty.optional(),
  url: z.url().optional(),
  kind: SourceKindSchema,
  perspective: LocalizedSchema,
});
export type SourceDoc = z.infer<typeof SourceDocSchema>;

/** Data taken from outside the five documents (SIPRI, GEM, OpenStreetMap, news sites). */
export const ExternalSourceSchema = z.object({
  publisher: NonEmpty,
  title: NonEmpty.optional(),
  url: z.url().optional(),
  date: NonEmpty.optional(),
  via: NonEmpty.optional(),
});
export type ExternalSource = z.infer<typeof ExternalSourceSchema>;

export const CreditSchema = z.object({
  id: Id,
  name: NonEmpty,
  credit: NonEmpty,
  licence: NonEmpty,
  url: z.url().optional(),
  usedFor: LocalizedSchema,
});
export type Credit = z.infer<typeof CreditSchema>;

export const SourcesFileSchema = z.object({
  documents: z.array(SourceDocSchema).min(1),
  credits: z.array(CreditSchema).min(1),
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
  display: NonEmpty.optional(),
  translation: LocalizedSchema.partial(),
  claim: LocalizedSchema.optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

const DatedSchema = z.object({
  start: IsoDate,
  end: IsoDate.optional(),
  precision: z.enum(["day", "month", "year", "range"]),
  /** Set when no document gives this date and it comes from outside them. */
  external: z.array(ExternalSourceSchema).min(1).optional(),
});

/**
 * A fact its documents state without a date: never given an event year, only the date of each
 * document that states it (absent when the document itself is undated).
 */
const UndatedSchema = z.object({
  precision: z.literal("undated"),
  asOf: z.array(z.object({ doc: Id, date: IsoDate.optional() })).min(1),
});

export const MilestoneDateSchema = z.discriminatedUnion("precision", [
  DatedSchema.extend({ precision: z.literal("day") }),
  DatedSchema.extend({ precision: z.literal("month") }),
  DatedSchema.extend({ precision: z.literal("year") }),
  DatedSchema.extend({ precision: z.literal("range") }),
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
  sources: z.array(CitationSchema).min(1),
  disputed: LocalizedSchema.optional(),
  /** Why a claim is doubtful in itself, even where no other document contradicts it. */
  caveat: LocalizedSchema.optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const MilestonesFileSchema = z.object({ milestones: z.array(MilestoneSchema).min(1) });

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const PlaceSchema = z.object({
  id: Id,
  name: LocalizedSchema,
  kind: z.enum(["capital", "city", "town", "village", "terminal", "airbase", "pipeline-node"]),
  coordinates: LonLat,
  source: ExternalSourceSchema,
});
export type Place = z.infer<typeof PlaceSchema>;
export const PlacesFileSchema = z.object({ places: z.array(PlaceSchema).min(1) });

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

export const EnergyFeatureSchema = z.object({
  id: Id,
  kind: z.enum(["pipeline", "tanker-route"]),
  role: z.enum(["flow", "context"]),
  commodity: z.enum(["oil", "gas"]),
  status: z.enum(["operating", "schematic", "unconfirmed"]),
  name: LocalizedSchema,
  note: LocalizedSchema.optional(),
  opened: z.number().int().min(1900).max(2100).optional(),
  lengthKm: QuantitySchema.optional(),
  capacity: QuantitySchema.optional(),
  owners: NonEmpty.optional(),
  places: z.array(Id),
  /** In the direction of flow. */
  coordinates: z.array(LonLat).min(2),
  source: ExternalSourceSchema,
  credit: Id,
});
export type EnergyFeature = z.infer<typeof EnergyFeatureSchema>;
export const EnergyFileSchema = z.object({ features: z.array(EnergyFeatureSchema).min(1) });

const PeriodSchema = z.object({
  start: IsoDate,
  end: IsoDate,
  /** What the figure covers: "full year", "Jan–Feb", "non-oil only"… */
  label: LocalizedSchema,
});

/** A point figure: sparse, never interpolated. */
export const PointFigureSchema = z
  .object({
    id: Id,
    year: z.number().int(),
    period: PeriodSchema,
    metric: LocalizedSchema,
    value: z.number(),
    unit: z.enum(FIGURE_UNITS),
    approximate: z.boolean(),
    sources: z.array(CitationSchema),
    external: z.array(ExternalSourceSchema),
    caveat: LocalizedSchema.optional(),
  })
  .refine((f) => f.sources.length + f.external.length > 0, {
    message: "a figure needs at least one source",
    path: ["sources"],
  });
export type PointFigure = z.infer<typeof PointFigureSchema>;

/** One supplier's deliveries to Azerbaijan in a year; SIPRI's 0 means more than 0 but under 0.5 m TIV. */
export const SupplierTivSchema = z.object({ supplier: Id, tiv: z.number().min(0) });

export const ArmsYearSchema = z.object({
  year: z.number().int(),
  israelTiv: z.number().min(0),
  totalTiv: z.number().min(0),
  /** Every supplier SIPRI lists for the year, Israel included; sums to totalTiv. */
  bySupplier: z.array(SupplierTivSchema).optional(),
  /** Israel's arms exports to all recipients that year, for Azerbaijan's share of them. */
  israelExportsTiv: z.number().min(0).optional(),
});
export type ArmsYear = z.infer<typeof ArmsYearSchema>;

export const ArmsWindowSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  israelSharePct: z.number().min(0).max(100),
  /** Published with the window: Azerbaijan's share of Israel's arms exports. */
  azerbaijanShareOfIsraelExportsPct: z.number().min(0).max(100).optional(),
  /** The same shares recomputed by Iceberg from the annual TIV tables (not SIPRI's figures). */
  computed: z
    .object({
      israelSharePct: z.number().min(0).max(100),
      russiaSharePct: z.number().min(0).max(100),
      azerbaijanShareOfIsraelExportsPct: z.number().min(0).max(100),
    })
    .optional(),
  sources: z.array(CitationSchema),
  external: z.array(ExternalSourceSchema),
});
export type ArmsWindow = z.infer<typeof ArmsWindowSchema>;

export const ArmsDealSchema = z.object({
  id: Id,
  orderYear: z.number().int(),
  orderYearUncertain: z.boolean(),
  designation: NonEmpty,
  description: NonEmpty,
  numberOrdered: z.number().int().nullable(),
  numberOrderedUncertain: z.boolean(),
  deliveryYears: z.array(z.number().int()),
  tivTotal: z.number().nullable(),
  tivDelivered: z.number().nullable(),
  comments: z.string(),
  milestone: Id.optional(),
  /** SIPRI's deal id in the 2026 export; absent for orders with no delivery yet. */
  sipriId: z.string().regex(/^\d+$/).optional(),
  category: NonEmpty.optional(),
  numberDelivered: z.number().int().min(0).optional(),
  /** Items and TIV delivered in each year (SIPRI's estimated split across years). */
  deliveries: z
    .array(z.object({ year: z.number().int(), number: z.number().int().min(0), tiv: z.number().min(0) }))
    .optional(),
});
export type ArmsDeal = z.infer<typeof ArmsDealSchema>;

/** A deal as the documents report it, in US dollars. */
export const ReportedDealSchema = z.object({
  id: Id,
  year: z.number().int(),
  title: LocalizedSchema,
  valueUsdM: z.number().positive(),
  sources: z.array(CitationSchema).min(1),
  milestone: Id.optional(),
});
export type ReportedDeal = z.infer<typeof ReportedDealSchema>;

export const OilShareSchema = z.intersection(PointFigureSchema, z.object({ measure: z.enum(OIL_MEASURES) }));
export type OilShare = z.infer<typeof OilShareSchema>;

export const ArmsSupplierSchema = z.object({ id: Id, name: LocalizedSchema });
export type ArmsSupplier = z.infer<typeof ArmsSupplierSchema>;

export const TradeArmsFileSchema = z.object({
  trade: z.array(PointFigureSchema),
  oilShare: z.array(OilShareSchema),
  /** Crude volumes (kb/d, Mt, million bbl), sparse like every point figure. */
  oilVolumes: z.array(PointFigureSchema).optional(),
  arms: z.object({
    credit: Id,
    release: NonEmpty,
    annual: z.array(ArmsYearSchema).min(1),
    windows: z.array(ArmsWindowSchema),
    deals: z.array(ArmsDealSchema),
    /** Every supplier named in annual or register rows, largest total first. */
    suppliers: z.array(ArmsSupplierSchema).optional(),
    /** Later years summed from SIPRI's deal register: a different data version from `annual`. */
    register: z.object({ release: NonEmpty, annual: z.array(ArmsYearSchema) }).optional(),
  }),
  reportedDeals: z.array(ReportedDealSchema),
});
export type TradeArmsFile = z.infer<typeof TradeArmsFileSchema>;

export const StorySchema = z.object({
  id: Id,
  title: LocalizedSchema,
  steps: z.array(z.object({ view: StoryViewSchema, caption: LocalizedSchema })).min(2),
});
export type Story = z.infer<typeof StorySchema>;
export const StoriesFileSchema = z.object({ stories: z.array(StorySchema).min(3) });
