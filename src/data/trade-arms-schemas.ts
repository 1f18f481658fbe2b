import * as z from "zod/mini";
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
    year: z.number().check(z.int()),
    period: PeriodSchema,
    metric: LocalizedSchema,
    value: z.number(),
    unit: z.enum(FIGURE_UNITS),
    approximate: z.boolean(),
    sources: z.array(CitationSchema),
    external: z.array(ExternalSourceSchema),
    caveat: z.optional(LocalizedSchema),
  })
  .check(
    z.refine((f) => f.sources.length + f.external.length > 0, {
      message: "a figure needs at least one source",
      path: ["sources"],
    }),
  );
export type PointFigure = z.infer<typeof PointFigureSchema>;

/** One supplier's deliveries to Azerbaijan in a year; SIPRI's 0 means more than 0 but under 0.5 m TIV. */
export const SupplierTivSchema = z.object({ supplier: Id, tiv: z.number().check(z.gte(0)) });

export const ArmsYearSchema = z.object({
  year: z.number().check(z.int()),
  israelTiv: z.number().check(z.gte(0)),
  totalTiv: z.number().check(z.gte(0)),
  /** Every supplier SIPRI lists for the year, Israel included; sums to totalTiv. */
  bySupplier: z.optional(z.array(SupplierTivSchema)),
  /** Israel's arms exports to all recipients that year, for Azerbaijan's share of them. */
  israelExportsTiv: z.optional(z.number().check(z.gte(0))),
});
export type ArmsYear = z.infer<typeof ArmsYearSchema>;

export const ArmsWindowSchema = z.object({
  from: z.number().check(z.int()),
  to: z.number().check(z.int()),
  israelSharePct: z.number().check(z.gte(0), z.lte(100)),
  /** Published with the window: Azerbaijan's share of Israel's arms exports. */
  azerbaijanShareOfIsraelExportsPct: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** The same shares recomputed by Iceberg from the annual TIV tables (not SIPRI's figures). */
  computed: z.optional(
    z.object({
      israelSharePct: z.number().check(z.gte(0), z.lte(100)),
      russiaSharePct: z.number().check(z.gte(0), z.lte(100)),
      azerbaijanShareOfIsraelExportsPct: z.number().check(z.gte(0), z.lte(100)),
    }),
  ),
  sources: z.array(CitationSchema),
  external: z.array(ExternalSourceSchema),
});
export type ArmsWindow = z.infer<typeof ArmsWindowSchema>;

export const ArmsDealSchema = z.object({
  id: Id,
  orderYear: z.number().check(z.int()),
  orderYearUncertain: z.boolean(),
  designation: NonEmpty,
  description: NonEmpty,
  numberOrdered: z.nullable(z.number().check(z.int())),
  numberOrderedUncertain: z.boolean(),
  deliveryYears: z.array(z.number().check(z.int())),
  tivTotal: z.nullable(z.number()),
  tivDelivered: z.nullable(z.number()),
  comments: z.string(),
  milestone: z.optional(Id),
  /** SIPRI's deal id in the 2026 export; absent for orders with no delivery yet. */
  sipriId: z.optional(z.string().check(z.regex(/^\d+$/))),
  category: z.optional(NonEmpty),
  numberDelivered: z.optional(z.number().check(z.int(), z.gte(0))),
  /** Items and TIV delivered in each year (SIPRI's estimated split across years). */
  deliveries: z.optional(
    z.array(
      z.object({
        year: z.number().check(z.int()),
        number: z.number().check(z.int(), z.gte(0)),
        tiv: z.number().check(z.gte(0)),
      }),
    ),
  ),
});
export type ArmsDeal = z.infer<typeof ArmsDealSchema>;

/** A deal as the documents report it, in US dollars. */
export const ReportedDealSchema = z.object({
  id: Id,
  year: z.number().check(z.int()),
  title: LocalizedSchema,
  valueUsdM: z.number().check(z.positive()),
  sources: z.array(CitationSchema).check(z.minLength(1)),
  milestone: z.optional(Id),
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
  oilVolumes: z.optional(z.array(PointFigureSchema)),
  arms: z.object({
    credit: Id,
    release: NonEmpty,
    annual: z.array(ArmsYearSchema).check(z.minLength(1)),
    windows: z.array(ArmsWindowSchema),
    deals: z.array(ArmsDealSchema),
    /** Every supplier named in annual or register rows, largest total first. */
    suppliers: z.optional(z.array(ArmsSupplierSchema)),
    /** Later years summed from SIPRI's deal register: a different data version from `annual`. */
    register: z.optional(z.object({ release: NonEmpty, annual: z.array(ArmsYearSchema) })),
  }),
  reportedDeals: z.array(ReportedDealSchema),
});
export type TradeArmsFile = z.infer<typeof TradeArmsFileSchema>;
