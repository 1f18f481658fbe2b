import type * as z from "zod/mini";
import { bounded } from "./dataset-bounds";
import { EnergyFileSchema, PlacesFileSchema } from "./map-schemas";
import {
  DETAILS_FILE,
  INDEX_FILE,
  MilestoneDetailsFileSchema,
  MilestoneIndexFileSchema,
} from "./milestone-split";
import { MilestonesFileSchema, SourcesFileSchema, StoriesFileSchema } from "./schemas";
import { TradeArmsFileSchema } from "./trade-arms-schemas";

/** Every dataset the app loads: its file in data/ and the schema it must pass, within DATA_BOUNDS. */
export const DATASETS = {
  sources: { file: "sources.json", schema: bounded(SourcesFileSchema) },
  /** The whole record, for the data package and the checks; the app reads its two halves below. */
  milestones: { file: "milestones.json", schema: bounded(MilestonesFileSchema) },
  milestoneIndex: { file: INDEX_FILE, schema: bounded(MilestoneIndexFileSchema) },
  milestoneDetails: { file: DETAILS_FILE, schema: bounded(MilestoneDetailsFileSchema) },
  places: { file: "places.json", schema: bounded(PlacesFileSchema) },
  energy: { file: "energy.json", schema: bounded(EnergyFileSchema) },
  tradeArms: { file: "trade-arms.json", schema: bounded(TradeArmsFileSchema) },
  stories: { file: "stories.json", schema: bounded(StoriesFileSchema) },
} as const;

export type DatasetName = keyof typeof DATASETS;
export type DatasetData<N extends DatasetName> = z.infer<(typeof DATASETS)[N]["schema"]>;
