/**
 * `npm run data:build` rebuilds the series in data/ from the raw files in ../shared/reference/ and the
 * committed annotations (labels, quotes, translations), and splits milestones.json into the index and the
 * details the app loads apart; `npm run data:check` fails when data/ differs.
 * The raw files stay outside the project for their licences, so where they are absent the check says so.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { DATASETS, type DatasetName } from "../src/data/datasets";
import { splitMilestones } from "../src/data/milestone-split";
import { parseDataset } from "../src/data/parse-dataset";
import type { Milestone } from "../src/data/schemas";
import { buildEnergy, buildPlaces } from "./data-build/build-map";
import { buildTradeArms } from "./data-build/build-trade-arms";
import { ReferenceFiles } from "./data-build/reference";
import { buildDataPackageDescriptor } from "./data-package/data-package";

const ROOT = resolve(import.meta.dirname, "..");
const DATA_DIR = resolve(ROOT, "data");
const REFERENCE_DIR = resolve(process.env.ICEBERG_REFERENCE_DIR ?? resolve(ROOT, "../shared/reference"));
const checkOnly = process.argv.includes("--check");

const readAnnotations = (name: string) =>
  JSON.parse(readFileSync(resolve(DATA_DIR, "annotations", name), "utf8"));
const formatJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function buildDataset(name: DatasetName, value: unknown): string {
  parseDataset(name, value);
  return formatJson(value);
}

function buildAll(): Map<string, string> {
  const outputs = new Map<string, string>();
  outputs.set("datapackage.json", formatJson(buildDataPackageDescriptor()));
  // The app reads milestones.json in two halves: what every view draws, and what an opened milestone adds.
  const milestonesJson = JSON.parse(readFileSync(resolve(DATA_DIR, DATASETS.milestones.file), "utf8"));
  parseDataset("milestones", milestonesJson);
  const { index, details } = splitMilestones((milestonesJson as { milestones: Milestone[] }).milestones);
  outputs.set(DATASETS.milestoneIndex.file, buildDataset("milestoneIndex", index));
  outputs.set(DATASETS.milestoneDetails.file, buildDataset("milestoneDetails", details));
  if (!existsSync(resolve(REFERENCE_DIR, "README.md"))) return outputs;
  const ref = new ReferenceFiles(REFERENCE_DIR);
  outputs.set(
    DATASETS.tradeArms.file,
    buildDataset("tradeArms", buildTradeArms(ref, readAnnotations("trade-arms.json"))),
  );
  outputs.set(DATASETS.energy.file, buildDataset("energy", buildEnergy(ref, readAnnotations("energy.json"))));
  outputs.set(DATASETS.places.file, buildDataset("places", buildPlaces(ref, readAnnotations("places.json"))));
  return outputs;
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: expected ${JSON.stringify(a[at]?.trim() ?? "")}, found ${JSON.stringify(b[at]?.trim() ?? "(end of file)")}`;
}

const referenceFound = existsSync(resolve(REFERENCE_DIR, "README.md"));
const where = relative(ROOT, REFERENCE_DIR) || REFERENCE_DIR;
const outputs = buildAll();
if (checkOnly) {
  let stale = 0;
  for (const [file, expected] of outputs) {
    const path = resolve(DATA_DIR, file);
    const actual = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (actual !== expected) {
      stale++;
      console.error(
        `FAIL  data/${file} differs from what data:build makes (${firstDifference(expected, actual)})`,
      );
    } else if (referenceFound) console.log(`ok    data/${file} is what data:build makes`);
  }
  if (!referenceFound)
    console.log(
      `data:check could not rebuild the series: ${where} is absent (the raw reference files stay outside the project for their licences; CI has them there)`,
    );
  if (stale > 0) {
    console.error("Run `npm run data:build` and commit data/.");
    process.exit(1);
  }
} else {
  if (!referenceFound) {
    console.error(`data:build needs the raw reference files at ${where} (or ICEBERG_REFERENCE_DIR)`);
    process.exit(1);
  }
  for (const [file, text] of outputs) {
    writeFileSync(resolve(DATA_DIR, file), text);
    console.log(`wrote data/${file}`);
  }
}
