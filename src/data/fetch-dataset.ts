import { DatasetError } from "./dataset-error";
import { DATASET_FILES, type DatasetName } from "./dataset-files";
import type { DatasetData } from "./datasets";

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

/** Null where it cannot be had: WebCrypto exists only in a secure context (https, localhost). */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  try {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(bytes)));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  } catch {
    return null;
  }
}

/**
 * The check at the boundary: bytes identical to the file the build checked (scripts/validated-digests.ts)
 * are taken as they are; any other bytes (another deploy's, an edited copy) pass the schema or are refused.
 * The dataset schemas load only then, so a view's first paint does not wait for their code.
 */
async function checkDataset<N extends DatasetName>(
  name: N,
  bytes: ArrayBuffer,
  json: unknown,
): Promise<DatasetData<N>> {
  const file = DATASET_FILES[name];
  const start = performance.now();
  const known = __VALIDATED_DIGESTS__[file];
  try {
    if (known && (await sha256Hex(bytes)) === known) return json as DatasetData<N>;
    const { parseDataset } = await import("./parse-dataset");
    return parseDataset(name, json);
  } finally {
    // Read by scripts/data-requests.ts: what the check at the boundary costs each view.
    performance.measure(`validate ${file}`, { start });
  }
}

export async function fetchDataset<N extends DatasetName>(
  name: N,
  signal?: AbortSignal,
): Promise<DatasetData<N>> {
  const file = DATASET_FILES[name];
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
  let bytes: ArrayBuffer;
  let json: unknown;
  try {
    bytes = await response.arrayBuffer();
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetError(file, "not-json");
  }
  return checkDataset(name, bytes, json);
}
