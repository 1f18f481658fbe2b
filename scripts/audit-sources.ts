/**
 * `npm run audit-sources -- <folder>`: confirms that every quote in data/ is found, whitespace
 * aside, in the document it cites; that every milestone quote from a right-to-left PDF (Hebrew,
 * Persian) has a display text; and that each display text is made of the document's own words,
 * only put back in reading order. Prints the counts per document.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Citation, Lang } from "../src/data/schemas";
import { readDataset } from "./read-datasets";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: npm run audit-sources -- <folder of the source documents>");
  process.exit(2);
}

/** PDF extraction scrambles these documents' word order, so their quotes need a readable twin. */
const NEEDS_DISPLAY: readonly Lang[] = ["he", "fa"];
/** Below this share of its words found in the document, a display text says more than the quote. */
const MIN_WORDS_FOUND = 0.8;

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
/** Drops what a reader never sees: kashida, joiners, wiki link targets and reference marks. */
const squash = (text: string) =>
  text
    .normalize("NFC")
    .replace(/\]\([^)]*\)/g, "")
    .replace(/\\\[\d+\\\]/g, "")
    .replace(/[\u0640\u200c\u200e\u200f[\]]/g, "")
    .replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d)))
    .replace(/\s+/g, "");
const displayWords = (text: string) =>
  text
    .normalize("NFC")
    .replace(/[\u0640\u200c]/g, "")
    .replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d)))
    .split(/[^\p{L}\p{N}'׳"]+/u)
    .filter((w) => w.length > 1);

const { documents } = readDataset("sources");
const milestones = readDataset("milestones").milestones;
const tradeArms = readDataset("tradeArms");
const energy = readDataset("energy").features;

type Cited = { where: string; citation: Citation; milestone: boolean };
const cited: Cited[] = [
  ...milestones.flatMap((m) => m.sources.map((citation) => ({ where: m.id, citation, milestone: true }))),
  ...[...tradeArms.trade, ...tradeArms.oilShare, ...tradeArms.reportedDeals].flatMap((f) =>
    f.sources.map((citation) => ({ where: f.id, citation, milestone: false })),
  ),
  ...tradeArms.arms.windows.flatMap((w) =>
    w.sources.map((citation) => ({ where: `window-${w.from}-${w.to}`, citation, milestone: false })),
  ),
  ...energy.flatMap((f) =>
    [f.lengthKm, f.capacity].flatMap((q) =>
      (q?.sources ?? []).map((citation) => ({ where: f.id, citation, milestone: false })),
    ),
  ),
];

let failures = 0;
let warnings = 0;
for (const doc of documents) {
  let raw: string;
  try {
    raw = readFileSync(resolve(folder, doc.file), "utf8");
  } catch {
    console.error(`MISSING  ${doc.file} (${doc.id}) is not in ${folder}`);
    failures += 1;
    continue;
  }
  const text = normalise(raw);
  const squashed = squash(raw);
  const quotes = cited.filter(({ citation }) => citation.doc === doc.id);
  let found = 0;
  let displayed = 0;
  for (const { where, citation, milestone } of quotes) {
    if (text.includes(normalise(citation.quote))) found += 1;
    else {
      console.error(`MISS     ${doc.id} ${where}: «${citation.quote.slice(0, 80)}»`);
      failures += 1;
    }
    if (citation.display) {
      displayed += 1;
      const words = displayWords(citation.display);
      const share = words.filter((w) => squashed.includes(squash(w))).length / Math.max(words.length, 1);
      if (share < MIN_WORDS_FOUND) {
        console.error(
          `DISPLAY  ${doc.id} ${where}: only ${Math.round(share * 100)}% of its words are in the document`,
        );
        failures += 1;
      }
    } else if (NEEDS_DISPLAY.includes(doc.language)) {
      const line = `${doc.id} ${where}: a ${doc.language} quote with no display text`;
      if (milestone) {
        console.error(`NODISP   ${line}`);
        failures += 1;
      } else {
        console.warn(`warning  ${line} (not a milestone)`);
        warnings += 1;
      }
    }
  }
  console.log(
    `${doc.id.padEnd(14)} ${doc.file}  ${found}/${quotes.length} quotes found, ${displayed} with display text`,
  );
}
console.log(
  failures === 0
    ? `\nAll quotes found; every Hebrew and Persian milestone quote has a display text.${warnings ? ` ${warnings} warnings.` : ""}`
    : `\n${failures} problems.`,
);
process.exit(failures === 0 ? 0 : 1);
