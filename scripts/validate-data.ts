/** `npm run validate-data`: every file against its schema, then every id one file borrows from another. */
import { type AllDatasets, checkCrossReferences } from "../src/data/cross-references";
import { DATASETS, type DatasetName } from "../src/data/datasets";
import { readDataset } from "./read-datasets";

const loaded: Partial<Record<DatasetName, unknown>> = {};
let failed = false;
for (const name of Object.keys(DATASETS) as DatasetName[]) {
  try {
    loaded[name] = readDataset(name);
    console.log(`ok    ${DATASETS[name].file}`);
  } catch (error) {
    failed = true;
    console.error(`FAIL  ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (!failed) {
  const data = loaded as AllDatasets;
  const problems = checkCrossReferences(data);
  for (const problem of problems) console.error(`FAIL  ${problem}`);
  failed = problems.length > 0;
  if (!failed)
    console.log("ok    cross-references (sources, places, features, milestones, credits, stories)");
  const disputed = data.milestones.milestones.filter((m) => m.disputed);
  console.log(`\n${disputed.length} disputed records:`);
  for (const m of disputed) {
    const claims = m.sources.map((s) => `${s.doc}: ${s.claim?.en ?? "(no claim)"}`).join(" | ");
    console.log(`  ${m.id} — ${m.disputed?.en}\n      ${claims}`);
  }
  console.log(
    `\n${data.milestones.milestones.length} milestones, ${data.places.places.length} places, ${data.energy.features.length} map features, ${data.stories.stories.length} stories`,
  );
}
process.exit(failed ? 1 : 0);
