import { readDataset } from "../read-datasets";
import type { PackageInput } from "./tables";

/** The datasets the package's tables are made from, read and validated as the app reads them. */
export function readPackageInput(): PackageInput {
  return {
    milestones: readDataset("milestones").milestones,
    tradeArms: readDataset("tradeArms"),
    energy: readDataset("energy").features,
    places: readDataset("places").places,
  };
}
