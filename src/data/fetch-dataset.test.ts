import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validatedDigests } from "../../scripts/validated-digests";
import { DatasetError } from "./dataset-error";
import { DATASETS } from "./datasets";
import { fetchDataset } from "./fetch-dataset";

const DATA_DIR = resolve(import.meta.dirname, "../../data");
const sources = readFileSync(resolve(DATA_DIR, "sources.json"), "utf8");

function serve(body: string) {
  globalThis.fetch = (async () => new Response(body, { status: 200 })) as typeof fetch;
}

describe("the check at the boundary", () => {
  afterEach(() => vi.restoreAllMocks());

  it("records a digest only for files that pass their schema as they are", () => {
    const dir = mkdtempSync(join(tmpdir(), "iceberg-digests-"));
    const places = JSON.parse(readFileSync(resolve(DATA_DIR, "places.json"), "utf8"));
    places.places[0].note = "a key the schema does not know, which parsing would strip";
    const energy = JSON.parse(readFileSync(resolve(DATA_DIR, "energy.json"), "utf8"));
    energy.features[0].kind = "railway";
    writeFileSync(join(dir, "sources.json"), sources);
    writeFileSync(join(dir, "places.json"), JSON.stringify(places));
    writeFileSync(join(dir, "energy.json"), JSON.stringify(energy));
    try {
      expect(validatedDigests(dir)).toEqual({
        "sources.json": createHash("sha256").update(sources).digest("hex"),
      });
      expect(__VALIDATED_DIGESTS__["sources.json"]).toBe(validatedDigests(dir)["sources.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes the bytes the build checked without parsing them again", async () => {
    const parse = vi.spyOn(DATASETS.sources.schema, "safeParse");
    serve(sources);
    const data = await fetchDataset("sources");
    expect(data.documents.length).toBeGreaterThan(0);
    expect(parse).not.toHaveBeenCalled();
  });

  it("parses any other bytes, and refuses them when they break the schema", async () => {
    const parse = vi.spyOn(DATASETS.sources.schema, "safeParse");
    serve(`${sources}\n`);
    await expect(fetchDataset("sources")).resolves.toMatchObject({ documents: expect.any(Array) });
    expect(parse).toHaveBeenCalledTimes(1);

    const broken = JSON.parse(sources);
    broken.documents[0].id = 42;
    serve(JSON.stringify(broken));
    await expect(fetchDataset("sources")).rejects.toBeInstanceOf(DatasetError);
  });
});
