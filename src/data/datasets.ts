import type { z } from "zod";
import { bounded } from "./dataset-bounds";
import { EnergyFileSchema, PlacesFileSchema } from "./map-schemas";
import { MilestonesFileSchema, SourcesFileSchema, StoriesFileSchema } from "./schemas";
import { TradeArmsFileSchema } from "./trade-arms-schemas";

/** Every dataset the app loads: its file in data/ and the schema it must pass, within DATA_BOUNDS. */
export const DATASETS = {
  sources: { file: "sources.json", schema: bounded(SourcesFileSchema) },
  milestones: { file: "milestones.json", schema: bounded(MilestonesFileSchema) },
  places: { file: "places.json", schema: bounded(PlacesFileSchema) },
  energy: { file: "energy.json", schema: bounded(EnergyFileSchema) },
  tradeArms: { file: "trade-arms.json", schema: bounded(TradeArmsFileSchema) },
  stories: { file: "stories.json", schema: bounded(StoriesFileSchema) },
} as const;

export type DatasetName = keyof typeof DATASETS;
export type DatasetData<N extends DatasetName> = z.infer<(typeof DATASETS)[N]["schema"]>;
