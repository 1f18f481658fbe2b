import * as z from "zod/mini";
import { ExternalSourceSchema, Id, LocalizedSchema, NonEmpty, QuantitySchema } from "./schemas";

const LonLat = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

export const PlaceSchema = z.object({
  id: Id,
  name: LocalizedSchema,
  kind: z.enum(["capital", "city", "town", "village", "terminal", "airbase", "pipeline-node"]),
  coordinates: LonLat,
  source: ExternalSourceSchema,
});
export type Place = z.infer<typeof PlaceSchema>;
export const PlacesFileSchema = z.object({ places: z.array(PlaceSchema).check(z.minLength(1)) });

export const EnergyFeatureSchema = z.object({
  id: Id,
  kind: z.enum(["pipeline", "tanker-route"]),
  role: z.enum(["flow", "context"]),
  commodity: z.enum(["oil", "gas"]),
  status: z.enum(["operating", "schematic", "unconfirmed"]),
  name: LocalizedSchema,
  note: z.optional(LocalizedSchema),
  opened: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
  lengthKm: z.optional(QuantitySchema),
  capacity: z.optional(QuantitySchema),
  owners: z.optional(NonEmpty),
  places: z.array(Id),
  /** In the direction of flow. */
  coordinates: z.array(LonLat).check(z.minLength(2)),
  source: ExternalSourceSchema,
  credit: Id,
});
export type EnergyFeature = z.infer<typeof EnergyFeatureSchema>;
export const EnergyFileSchema = z.object({ features: z.array(EnergyFeatureSchema).check(z.minLength(1)) });
