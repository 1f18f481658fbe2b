import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseCsv, parseCsvRows } from "./csv";

/** A figure stated only in prose: a regular expression whose first group is the number, found in the file. */
export interface ProseFigure {
  pattern: string;
  /** Multiplies the number, e.g. 1000 to turn "1.2 million b/d" into kb/d. */
  scale?: number;
  file?: string;
}

export type LonLat = [number, number];

interface GeoJsonFeature {
  properties: Record<string, unknown> | null;
  geometry:
    | { type: "LineString"; coordinates: LonLat[] }
    | { type: "MultiLineString"; coordinates: LonLat[][] };
}

/** Read-only access to ../shared/reference: every number the series carry is read through here. */
export class ReferenceFiles {
  constructor(readonly dir: string) {}

  text(file: string): string {
    return readFileSync(resolve(this.dir, file), "utf8");
  }

  csv(file: string): Record<string, string>[] {
    return parseCsv(this.text(file));
  }

  csvRows(file: string): string[][] {
    return parseCsvRows(this.text(file));
  }

  geojson(file: string): GeoJsonFeature[] {
    return (JSON.parse(this.text(file)) as { features: GeoJsonFeature[] }).features;
  }

  proseFigure({ pattern, scale = 1, file = "external-data.md" }: ProseFigure): number {
    const match = new RegExp(pattern).exec(this.text(file));
    if (!match?.[1]) throw new Error(`${file}: no text matches /${pattern}/`);
    return roundTo(parseNumber(match[1]) * scale, 6);
  }
}

/** "1,768", "~40", ">1", "~33 (\"a good third\")" → the leading number. */
export function parseNumber(text: string): number {
  const match = /^[~<>≈\s]*(-?[\d,]*\.?\d+)/.exec(text);
  if (!match?.[1]) throw new Error(`not a number: ${JSON.stringify(text)}`);
  return Number(match[1].replaceAll(",", ""));
}

export function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

export function requireOne<T>(items: readonly T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected one ${what}, found ${items.length}`);
  return items[0] as T;
}
