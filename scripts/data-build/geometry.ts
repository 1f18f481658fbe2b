import type { LonLat } from "./reference";
import { roundTo } from "./reference";

/** The lines of a GeoJSON file joined end to end, the shared vertex kept once. */
export function joinLines(lines: readonly LonLat[][]): LonLat[] {
  const joined: LonLat[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    const first = line[0];
    const continues = last && first && last[0] === first[0] && last[1] === first[1];
    joined.push(...(continues ? line.slice(1) : line));
  }
  return joined;
}

function distanceToSegment(p: LonLat, a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker in degrees: a map of the region needs a few dozen vertices per line, not thousands. */
export function simplifyLine(points: readonly LonLat[], toleranceDeg: number): LonLat[] {
  if (points.length < 3) return [...points];
  const first = points[0] as LonLat;
  const last = points.at(-1) as LonLat;
  let farthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i] as LonLat, first, last);
    if (d > farthest) {
      farthest = d;
      index = i;
    }
  }
  if (farthest <= toleranceDeg) return [first, last];
  return [
    ...simplifyLine(points.slice(0, index + 1), toleranceDeg).slice(0, -1),
    ...simplifyLine(points.slice(index), toleranceDeg),
  ];
}

const vertexKey = ([lon, lat]: LonLat) => `${lon.toFixed(6)},${lat.toFixed(6)}`;
const distance = (a: LonLat, b: LonLat) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * OpenStreetMap draws a pipeline as many ways, with branches and small gaps between them. The trunk is the
 * shortest path over the ways' vertices from the vertex nearest `from` to the westernmost vertex; a way's end
 * may jump a gap of up to `maxGapDeg` to the nearest vertex of another way.
 */
export function chainTrunk(ways: readonly LonLat[][], from: LonLat, maxGapDeg = 0.15): LonLat[] {
  const ids = new Map<string, number>();
  const vertices: LonLat[] = [];
  const wayOf: number[] = [];
  const idOf = (p: LonLat, way: number) => {
    const key = vertexKey(p);
    let id = ids.get(key);
    if (id === undefined) {
      id = vertices.length;
      ids.set(key, id);
      vertices.push(p);
      wayOf.push(way);
    }
    return id;
  };
  const edges: Map<number, number>[] = [];
  const link = (a: number, b: number, cost: number) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      edges[x] ??= new Map();
      if (cost < (edges[x].get(y) ?? Number.POSITIVE_INFINITY)) edges[x].set(y, cost);
    }
  };
  ways.forEach((way, w) => {
    for (let i = 1; i < way.length; i++)
      link(idOf(way[i - 1]!, w), idOf(way[i]!, w), distance(way[i - 1]!, way[i]!));
  });
  ways.forEach((way, w) => {
    for (const end of [way[0]!, way.at(-1)!]) {
      const id = ids.get(vertexKey(end))!;
      let nearest = -1;
      for (let v = 0; v < vertices.length; v++)
        if (
          wayOf[v] !== w &&
          (nearest < 0 || distance(end, vertices[v]!) < distance(end, vertices[nearest]!))
        )
          nearest = v;
      if (nearest >= 0 && distance(end, vertices[nearest]!) <= maxGapDeg)
        link(id, nearest, distance(end, vertices[nearest]!));
    }
  });
  const start = vertices.reduce(
    (best, p, i) => (distance(p, from) < distance(vertices[best]!, from) ? i : best),
    0,
  );
  const target = vertices.reduce((best, p, i) => (p[0] < vertices[best]![0] ? i : best), 0);
  const cost = new Float64Array(vertices.length).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(vertices.length).fill(-1);
  const done = new Uint8Array(vertices.length);
  cost[start] = 0;
  for (;;) {
    let current = -1;
    for (let v = 0; v < vertices.length; v++)
      if (!done[v] && cost[v]! < Number.POSITIVE_INFINITY && (current < 0 || cost[v]! < cost[current]!))
        current = v;
    if (current < 0 || current === target) break;
    done[current] = 1;
    for (const [next, step] of edges[current] ?? []) {
      if (cost[current]! + step < cost[next]!) {
        cost[next] = cost[current]! + step;
        previous[next] = current;
      }
    }
  }
  if (previous[target] === -1) throw new Error("the ways do not connect the two ends");
  const path: LonLat[] = [];
  for (let v = target; v !== -1; v = previous[v]!) path.unshift(vertices[v]!);
  return path;
}

export const roundLonLat = ([lon, lat]: LonLat): LonLat => [roundTo(lon, 4), roundTo(lat, 4)];
