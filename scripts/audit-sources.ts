/**
 * `npm run audit-sources -- <folder>`: confirms that every quote in data/ is found, whitespace
 * aside, in the document it cites, and prints the count per document.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Citation } from "../src/data/schemas";
import { readDataset } from "./read-datasets";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: npm run audit-sources -- <folder of the source documents>");
  process.exit(2);
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const { documents } = readDataset("sources");
const milestones = readDataset("milestones").milestones;
const tradeArms = readDataset("tradeArms");
const energy = readDataset("energy").features;

const cited: [string, Citation][] = [
  ...milestones.flatMap((m) => m.sources.map((c): [string, Citation] => [m.id, c])),
  ...[...tradeArms.trade, ...tradeArms.oilShare, ...tradeArms.reportedDeals].flatMap((f) =>
    f.sources.map((c): [string, Citation] => [f.id, c]),
  ),
  ...tradeArms.arms.windows.flatMap((w) =>
    w.sources.map((c): [string, Citation] => [`window-${w.from}-${w.to}`, c]),
  ),
  ...energy.flatMap((f) =>
    [f.lengthKm, f.capacity].flatMap((q) => (q?.sources ?? []).map((c): [string, Citation] => [f.id, c])),
  ),
];

let misses = 0;
for (const doc of documents) {
  let text: string;
  try {
    text = normalise(readFileSync(resolve(folder, doc.file), "utf8"));
  } catch {
    console.error(`MISSING  ${doc.file} (${doc.id}) is not in ${folder}`);
    misses += 1;
    continue;
  }
  const quotes = cited.filter(([, c]) => c.doc === doc.id);
  const missing = quotes.filter(([, c]) => !text.includes(normalise(c.quote)));
  for (const [where, c] of missing) console.error(`MISS     ${doc.id} ${where}: «${c.quote.slice(0, 80)}»`);
  misses += missing.length;
  console.log(
    `${doc.id.padEnd(14)} ${doc.file}  ${quotes.length - missing.length}/${quotes.length} quotes found`,
  );
}
console.log(misses === 0 ? "\nAll quotes found." : `\n${misses} quotes not found.`);
process.exit(misses === 0 ? 0 : 1);
