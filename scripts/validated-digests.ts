import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { DATASETS } from "../src/data/datasets.ts";

/**
 * The SHA-256 of each data file that passes its schema unchanged (nothing stripped, nothing
 * coerced), checked here when the site is built. The app takes a file whose bytes have the digest
 * recorded for it as it is, and checks any other bytes against the schema (see `fetchDataset`):
 * the check stays at the boundary, but a file the build has already checked costs a hash, not a
 * parse of every record on a phone's main thread.
 */
export function validatedDigests(dataDir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const { file, schema } of Object.values(DATASETS)) {
    let bytes: Buffer;
    let json: unknown;
    try {
      bytes = readFileSync(resolve(dataDir, file));
      json = JSON.parse(bytes.toString("utf8"));
    } catch {
      continue;
    }
    const result = schema.safeParse(json);
    if (result.success && isDeepStrictEqual(result.data, json)) {
      digests[file] = createHash("sha256").update(bytes).digest("hex");
    }
  }
  return digests;
}
