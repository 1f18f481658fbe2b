import type { z } from "zod";
import {
  EnergyFileSchema,
  MilestonesFileSchema,
  PlacesFileSchema,
  SourcesFileSchema,
  StoriesFileSchema,
  TradeArmsFileSchema,
} from "./schemas";

/** Every dataset the app loads: its file in data/ and the schema it must pass. */
export const DATASETS = {
  sources: { file: "sources.json", schema: SourcesFileSchema },
  milestones: { file: "milestones.json", schema: MilestonesFileSchema },
  places: { file: "places.json", schema: PlacesFileSchema },
  energy: { file: "energy.json", schema: EnergyFileSchema },
  tradeArms: { file: "trade-arms.json", schema: TradeArmsFileSchema },
  stories: { file: "stories.json", schema: StoriesFileSchema },
} as const;

export type DatasetName = keyof typeof DATASETS;
export type DatasetData<N extends DatasetName> = z.infer<(typeof DATASETS)[N]["schema"]>;
