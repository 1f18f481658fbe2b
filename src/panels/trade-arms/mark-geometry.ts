import type { ArmsBarRow } from "./chart-model";

/** A data value to a pixel, as Recharts' axis scale maps it. */
export type Scale = (value: number) => number;

export interface BarRect {
  key: string;
  /** The stacked series: `bar-israel`, `bar-supplier-i` or `bar-other`. */
  series: string;
  register: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The stacked layers of an arms bar, bottom first: Israel, the stacked suppliers, the rest. */
const layers = (stackedCount: number) => [
  { series: "bar-israel", value: (row: ArmsBarRow) => row.israel },
  ...Array.from({ length: stackedCount }, (_, i) => ({
    series: `bar-supplier-${i}`,
    value: (row: ArmsBarRow) => row[`s${i}`] ?? 0,
  })),
  { series: "bar-other", value: (row: ArmsBarRow) => row.rest },
];

/** The highest stack or deal: the top of the arms chart's value axis. */
export function armsMax(
  bars: readonly ArmsBarRow[],
  stackedCount: number,
  deals: readonly { value: number }[],
) {
  const stack = layers(stackedCount);
  let max = 0;
  for (const row of bars) {
    let total = 0;
    for (const layer of stack) total += layer.value(row);
    max = Math.max(max, total);
  }
  for (const deal of deals) max = Math.max(max, deal.value);
  return max;
}

/** One rectangle per non-empty layer of each year's stack, centred on the year. */
export function stackedBarRects(
  bars: readonly ArmsBarRow[],
  stackedCount: number,
  x: Scale,
  y: Scale,
  barWidth: number,
): BarRect[] {
  const stack = layers(stackedCount);
  const rects: BarRect[] = [];
  for (const row of bars) {
    let base = 0;
    for (const layer of stack) {
      const value = layer.value(row);
      if (value <= 0) continue;
      const top = y(base + value);
      rects.push({
        key: `${layer.series}-${row.year}`,
        series: layer.series,
        register: row.register,
        x: x(row.year) - barWidth / 2,
        y: top,
        width: barWidth,
        height: y(base) - top,
      });
      base += value;
    }
  }
  return rects;
}

/** Bars take 60 % of a year's width, and never less than 3 px. */
export const barWidthFor = (x: Scale, from: number, to: number) =>
  Math.max(3, Math.floor(((x(to) - x(from)) / (to - from)) * 0.6));

/** An SVG path through the points, broken where a value is missing: a gap stays a gap. */
export function brokenLinePath(points: readonly { x: number; y: number | null }[]): string {
  let d = "";
  let open = false;
  for (const p of points) {
    if (p.y === null || !Number.isFinite(p.y)) {
      open = false;
      continue;
    }
    d += `${open ? "L" : "M"}${p.x},${p.y}`;
    open = true;
  }
  return d;
}

/** A deal's symbol area in px², from 30 for the smallest to 360 for the largest, as a Recharts z-axis maps it. */
export const dealArea = (value: number, max: number) => (max > 0 ? 30 + (330 * value) / max : 30);
