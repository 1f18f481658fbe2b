import { z } from "zod";
import { ExternalSourceSchema, Id, LocalizedSchema, NonEmpty, QuantitySchema } from "./schemas";

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
