import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { Localized, Milestone } from "@/data/schemas";
import type { TradeArmsFile } from "@/data/trade-arms-schemas";
import { type Criteria, NO_CRITERIA } from "@/filters/clauses";

export const text = (en: string): Localized => ({ en, zh: en, he: en, ar: en, fa: en });

export const noCriteria: Criteria = { ...NO_CRITERIA };

export function milestone(id: string, overrides: Partial<Milestone> = {}): Milestone {
  return {
    id,
    date: { start: "2006", precision: "year" },
    category: "diplomacy",
    places: [],
    features: [],
    importance: 2,
    title: text(id),
    summary: text(`About ${id}`),
    sources: [{ doc: "en-wikipedia", quote: "quote", translation: {} }],
    ...overrides,
  };
}

export function feature(id: string, overrides: Partial<EnergyFeature> = {}): EnergyFeature {
  return {
    id,
    kind: "pipeline",
    role: "flow",
    commodity: "oil",
    status: "operating",
    name: text(id),
    places: [],
    coordinates: [
      [49, 40],
      [36, 37],
    ],
    source: { publisher: "GEM" },
    credit: "gem",
    ...overrides,
  };
}

export function place(id: string, coordinates: [number, number] = [49.9, 40.4]): Place {
  return { id, name: text(id), kind: "city", coordinates, source: { publisher: "GeoNames" } };
}

export function tradeArms(overrides: Partial<TradeArmsFile> = {}): TradeArmsFile {
  return {
    trade: [],
    oilShare: [],
    arms: { credit: "sipri", release: "July 2022", annual: [], windows: [], deals: [] },
    reportedDeals: [],
    ...overrides,
  };
}
