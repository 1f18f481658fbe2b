/** Points along a line, with the on-screen (Web Mercator) bearing of the flow there, for direction arrows. */
export interface Arrow {
  lat: number;
  lon: number;
  /** Degrees clockwise from east, as CSS rotate() expects. */
  angle: number;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);

export function flowArrows(coordinates: readonly [number, number][], count = 2): Arrow[] {
  const lengths: number[] = [0];
  for (let i = 1; i < coordinates.length; i++) {
    const [ax = 0, ay = 0] = coordinates[i - 1] ?? [];
    const [bx = 0, by = 0] = coordinates[i] ?? [];
    lengths.push((lengths[i - 1] ?? 0) + Math.hypot(bx - ax, by - ay));
  }
  const total = lengths.at(-1) ?? 0;
  if (total === 0) return [];
  const arrows: Arrow[] = [];
  for (let k = 1; k <= count; k++) {
    const target = (total * k) / (count + 1);
    const i = Math.max(
      1,
      lengths.findIndex((l) => l >= target),
    );
    const [ax = 0, ay = 0] = coordinates[i - 1] ?? [];
    const [bx = 0, by = 0] = coordinates[i] ?? [];
    const span = (lengths[i] ?? 0) - (lengths[i - 1] ?? 0) || 1;
    const t = (target - (lengths[i - 1] ?? 0)) / span;
    const angle = (Math.atan2(-(mercatorY(by) - mercatorY(ay)), bx - ax) * 180) / Math.PI;
    arrows.push({ lon: ax + (bx - ax) * t, lat: ay + (by - ay) * t, angle });
  }
  return arrows;
}
