import { DatasetError, datasetErrorFromZod } from "./dataset-error";
import { DATASETS, type DatasetData, type DatasetName } from "./datasets";

/**
 * A server that has not started answering by then is treated as down, so a stalled request ends
 * in a message with a Retry rather than an endless "Loading…". Only the wait for the response
 * counts: a large file on a slow line may take longer to arrive.
 */
export const DATASET_TIMEOUT_MS = 10_000;

/** Resolved against the page, so the site works from a sub-path with no server rewrites. */
export function datasetUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

export function parseDataset<N extends DatasetName>(name: N, json: unknown): DatasetData<N> {
  const { file, schema } = DATASETS[name];
  const start = performance.now();
  const result = schema.safeParse(json);
  // Read by scripts/data-requests.ts: what the check at the boundary costs each view.
  performance.measure(`validate ${file}`, { start });
  if (!result.success) throw datasetErrorFromZod(file, result.error);
  return result.data as DatasetData<N>;
}

export async function fetchDataset<N extends DatasetName>(
  name: N,
  signal?: AbortSignal,
): Promise<DatasetData<N>> {
  const { file } = DATASETS[name];
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener("abort", abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, DATASET_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(datasetUrl(file), { signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new DatasetError(file, "timeout");
    throw new DatasetError(file, "missing", undefined, error instanceof Error ? error.message : undefined);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
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
