import type * as z from "zod/mini";
import type { EnergyFeature, EnergyFileSchema, Place, PlacesFileSchema } from "../../src/data/map-schemas";
import { chainTrunk, joinLines, roundLonLat, simplifyLine } from "./geometry";
import { type LonLat, type ProseFigure, parseNumber, type ReferenceFiles, requireOne } from "./reference";

interface GeometrySpec {
  file: string;
  /** A feature of the file picked by its name property. */
  feature?: string;
  /** Chain OpenStreetMap ways into one trunk line first, from the vertex nearest a place of places.csv. */
  chain?: { fromPlace: string };
  simplifyDeg?: number;
  /** Points a schematic line passes through so it stays offshore: drawing choices, not data. */
  offshoreWaypoints?: LonLat[];
}

type Quantity = NonNullable<EnergyFeature["lengthKm"]>;
type AnnotatedQuantity = Omit<Quantity, "value"> & { value: ProseFigure };

export type EnergyAnnotation = Omit<EnergyFeature, "coordinates" | "opened" | "lengthKm" | "capacity"> & {
  geometry: GeometrySpec;
  opened?: ProseFigure;
  lengthKm?: AnnotatedQuantity;
  capacity?: AnnotatedQuantity;
};

export interface PlaceAnnotation extends Omit<Place, "coordinates"> {
  /** The place's name in places.csv. */
  row: string;
}

function lines(ref: ReferenceFiles, spec: GeometrySpec): LonLat[][] {
  const features = ref.geojson(`data/${spec.file}`);
  const picked = spec.feature
    ? [
        requireOne(
          features.filter((f) => f.properties?.name === spec.feature),
          `${spec.feature} in ${spec.file}`,
        ),
      ]
    : features;
  return picked.flatMap((f) =>
    f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
}

function route(ref: ReferenceFiles, spec: GeometrySpec): LonLat[] {
  const ways = lines(ref, spec);
  let points = joinLines(ways);
  if (spec.chain) {
    const name = spec.chain.fromPlace;
    const place = requireOne(
      ref.csv("data/places.csv").filter((r) => r.name === name),
      `${name} in places.csv`,
    );
    points = chainTrunk(ways, [parseNumber(place.lon ?? ""), parseNumber(place.lat ?? "")]);
  }
  if (spec.simplifyDeg) points = simplifyLine(points, spec.simplifyDeg);
  if (spec.offshoreWaypoints) {
    points = [points[0]!, ...spec.offshoreWaypoints, points.at(-1)!];
  }
  return points.map(roundLonLat);
}

const quantity = (ref: ReferenceFiles, q: AnnotatedQuantity): Quantity => ({
  value: ref.proseFigure(q.value),
  unit: q.unit,
  sources: q.sources,
  external: q.external,
});

export function buildEnergy(
  ref: ReferenceFiles,
  notes: { features: EnergyAnnotation[] },
): z.input<typeof EnergyFileSchema> {
  return {
    features: notes.features.map((note) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(note)) {
        if (key === "geometry") out.coordinates = route(ref, note.geometry);
        else if (key === "opened" && note.opened) out.opened = ref.proseFigure(note.opened);
        else if ((key === "lengthKm" || key === "capacity") && value)
          out[key] = quantity(ref, value as AnnotatedQuantity);
        else out[key] = value;
      }
      return out as EnergyFeature;
    }),
  };
}

export function buildPlaces(
  ref: ReferenceFiles,
  notes: { places: PlaceAnnotation[] },
): z.input<typeof PlacesFileSchema> {
  const rows = ref.csv("data/places.csv");
  return {
    places: notes.places.map(({ row: name, ...place }) => {
      const row = requireOne(
        rows.filter((r) => r.name === name),
        `${name} in places.csv`,
      );
      return {
        id: place.id,
        name: place.name,
        kind: place.kind,
        coordinates: [parseNumber(row.lon ?? ""), parseNumber(row.lat ?? "")] as LonLat,
        source: place.source,
      };
    }),
  };
}
