import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { EnergyFeature, Place } from "../../src/data/map-schemas.ts";
import type { Milestone } from "../../src/data/schemas.ts";
import type { TradeArmsFile } from "../../src/data/trade-arms-schemas.ts";
import type { PackageInput } from "./tables.ts";

/**
 * The datasets the package's tables are made from, as JSON: `npm run validate-data` has checked them
 * against their schemas before any build, and the package test reads them through the schemas too.
 */
export function readPackageInput(dataDir: string): PackageInput {
  const read = (file: string) => JSON.parse(readFileSync(resolve(dataDir, file), "utf8"));
  return {
    milestones: (read("milestones.json") as { milestones: Milestone[] }).milestones,
    tradeArms: read("trade-arms.json") as TradeArmsFile,
    energy: (read("energy.json") as { features: EnergyFeature[] }).features,
    places: (read("places.json") as { places: Place[] }).places,
  };
}
