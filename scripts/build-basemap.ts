/**
 * Derives the bundled basemap from Natural Earth (world-atlas, 1:50m): only the countries
 * around the routes, clamped to a box, so nothing crosses the antimeridian and the map needs
 * no network, simplified for regional zooms. Run after upgrading world-atlas: `npx tsx scripts/build-basemap.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";

const BOX = { west: 18, south: 20, east: 62, north: 50 };
const out = resolve(import.meta.dirname, "../src/panels/energy/basemap.json");
const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../node_modules/world-atlas/countries-50m.json"), "utf8"),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
/** Planar area, in square degrees, below which a vertex is dropped: invisible at the map's zooms. */
const MIN_WEIGHT = 0.003;
const simplified = simplify(presimplify(topology), MIN_WEIGHT) as typeof topology;
const countries = feature(simplified, simplified.objects.countries) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;

const round = (n: number) => Math.round(n * 100) / 100;
const clamp = ([lon = 0, lat = 0]: Position): Position => [
  round(Math.min(BOX.east, Math.max(BOX.west, lon))),
  round(Math.min(BOX.north, Math.max(BOX.south, lat))),
];
const touchesBox = (ring: Position[]) =>
  ring.some(
    ([lon = 0, lat = 0]) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north,
  );

function clipRing(ring: Position[]): Position[] | null {
  if (!touchesBox(ring)) return null;
  const points: Position[] = [];
  for (const p of ring.map(clamp)) {
    const last = points.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  return points.length >= 4 ? points : null;
}

const features: Feature<MultiPolygon, { name: string }>[] = [];
for (const country of countries.features) {
  const polygons =
    country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const kept = polygons
    .map((rings) => rings.map(clipRing).filter((r): r is Position[] => r !== null))
    .filter((rings) => rings.length > 0);
  if (kept.length) {
    features.push({
      type: "Feature",
      properties: { name: country.properties.name },
      geometry: { type: "MultiPolygon", coordinates: kept },
    });
  }
}

writeFileSync(out, `${JSON.stringify({ type: "FeatureCollection", features })}\n`);
console.log(
  `basemap: ${features.length} countries, ${(JSON.stringify(features).length / 1024).toFixed(0)} KiB`,
);
