import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DatasetError } from "../src/data/dataset-error";
import { DATASETS, type DatasetName } from "../src/data/datasets";
import { parseDataset } from "../src/data/parse-dataset";

export const DATA_DIR = resolve(import.meta.dirname, "../data");

/** Reads and validates one dataset exactly as the app does; throws a DatasetError naming the file and field. */
export function readDataset<N extends DatasetName>(name: N) {
  const { file } = DATASETS[name];
  let text: string;
  try {
    text = readFileSync(resolve(DATA_DIR, file), "utf8");
  } catch {
    throw new DatasetError(file, "missing");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetError(file, "not-json");
  }
  return parseDataset(name, json);
}
