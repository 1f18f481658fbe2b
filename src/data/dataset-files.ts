/**
 * Every dataset's file in data/, apart from its schema (datasets.ts), so that the app can name and
 * fetch a file without loading the schemas, which it needs only for bytes the build did not check.
 */
export const INDEX_FILE = "milestones-index.json";
export const DETAILS_FILE = "milestone-details.json";

export const DATASET_FILES = {
  sources: "sources.json",
  /** The whole record, for the data package and the checks; the app reads its two halves below. */
  milestones: "milestones.json",
  milestoneIndex: INDEX_FILE,
  milestoneDetails: DETAILS_FILE,
  places: "places.json",
  energy: "energy.json",
  tradeArms: "trade-arms.json",
  stories: "stories.json",
} as const;

export type DatasetName = keyof typeof DATASET_FILES;
