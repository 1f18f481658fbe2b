import { DatasetError, datasetErrorFromZod } from "./dataset-error";
import { DATASETS, type DatasetData, type DatasetName } from "./datasets";

/** Resolved against the page, so the site works from a sub-path with no server rewrites. */
export function datasetUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

export function parseDataset<N extends DatasetName>(name: N, json: unknown): DatasetData<N> {
  const { file, schema } = DATASETS[name];
  const result = schema.safeParse(json);
  if (!result.success) throw datasetErrorFromZod(file, result.error);
  return result.data as DatasetData<N>;
}

export async function fetchDataset<N extends DatasetName>(
  name: N,
  signal?: AbortSignal,
): Promise<DatasetData<N>> {
  const { file } = DATASETS[name];
  let response: Response;
  try {
    response = await fetch(datasetUrl(file), { signal });
  } catch (error) {
    throw new DatasetError(file, "missing", undefined, error instanceof Error ? error.message : undefined);
  }
  if (!response.ok) throw new DatasetError(file, "missing", undefined, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(file, "not-json");
  }
  return parseDataset(name, json);
}
