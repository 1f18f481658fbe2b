import { datasetErrorFromZod } from "./dataset-error";
import { DATASETS, type DatasetData, type DatasetName } from "./datasets";

/** A dataset's JSON checked against its schema; a DatasetError naming the first bad field if it fails. */
export function parseDataset<N extends DatasetName>(name: N, json: unknown): DatasetData<N> {
  const { file, schema } = DATASETS[name];
  const result = schema.safeParse(json);
  if (!result.success) throw datasetErrorFromZod(file, result.error);
  return result.data as DatasetData<N>;
}
