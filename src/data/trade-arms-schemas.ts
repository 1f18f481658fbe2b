import { z } from "zod";
import {
  CitationSchema,
  ExternalSourceSchema,
  FIGURE_UNITS,
  Id,
  IsoDate,
  LocalizedSchema,
  NonEmpty,
} from "./schemas";
import { OIL_MEASURES } from "./vocabulary";

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

/** What an oil-share figure is a share of: the documents' "40%" figures measure different things. */
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
