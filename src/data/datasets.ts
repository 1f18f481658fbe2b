import "../lib/zod-messages";
import type * as z from "zod/mini";
import { bounded } from "./dataset-bounds";
import { DATASET_FILES } from "./dataset-files";
import { EnergyFileSchema, PlacesFileSchema } from "./map-schemas";
import { MilestoneDetailsFileSchema, MilestoneIndexFileSchema } from "./milestone-split";
import { MilestonesFileSchema, SourcesFileSchema, StoriesFileSchema } from "./schemas";
import { TradeArmsFileSchema } from "./trade-arms-schemas";

export type { DatasetName } from "./dataset-files";

/** Every dataset the app loads: its file in data/ and the schema it must pass, within DATA_BOUNDS. */
export const DATASETS = {
  sources: { file: DATASET_FILES.sources, schema: bounded(SourcesFileSchema) },
  milestones: { file: DATASET_FILES.milestones, schema: bounded(MilestonesFileSchema) },
  milestoneIndex: { file: DATASET_FILES.milestoneIndex, schema: bounded(MilestoneIndexFileSchema) },
  milestoneDetails: { file: DATASET_FILES.milestoneDetails, schema: bounded(MilestoneDetailsFileSchema) },
  places: { file: DATASET_FILES.places, schema: bounded(PlacesFileSchema) },
  energy: { file: DATASET_FILES.energy, schema: bounded(EnergyFileSchema) },
  tradeArms: { file: DATASET_FILES.tradeArms, schema: bounded(TradeArmsFileSchema) },
  stories: { file: DATASET_FILES.stories, schema: bounded(StoriesFileSchema) },
} as const;

export type DatasetData<N extends keyof typeof DATASETS> = z.infer<(typeof DATASETS)[N]["schema"]>;
