/**
 * Reads the production build's chunk graph (dist/.vite/manifest.json) and checks that each embed
 * downloads only its own panel's libraries, and that every view stays within its size budget.
 * Prints each chunk's size, gzip and brotli.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { PANELS, type PanelId } from "../src/filters/view-state";
import { type HeavyLibrary, PANEL_REGISTRY } from "../src/panels/panel-registry";
import { COMPILE_HINT } from "./compile-hints";
import { checkDataBudgets } from "./data-budgets";
import { VIEW_ENTRIES } from "./view-chunks";

/**
 * JS budgets: gzip KB of everything a view downloads to draw itself (a ceiling against regressions:
 * today's size with a little room), and the heavy libraries it may download at all. Each embed's is
 * in the panel registry; the dashboard's is here. Data budgets: scripts/data-budgets.ts.
 */
const DASHBOARD_BUDGET = { jsKb: 312, libraries: ["recharts", "leaflet"] as HeavyLibrary[] };
/** Issue 10's goal for the milestones embed, printed as a note while it is not met. */
const TARGET_KB: Partial<Record<PanelId, number>> = { milestones: 80 };

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

const DIST = resolve(import.meta.dirname, "../dist");
const manifest = JSON.parse(readFileSync(resolve(DIST, ".vite/manifest.json"), "utf8")) as Record<
  string,
  ManifestChunk
>;

/** Text found only in each library's own code. */
const LIBRARY_MARKERS: Record<HeavyLibrary, string> = {
  recharts: "recharts-cartesian-axis",
  leaflet: "leaflet-zoom-animated",
};
const LIBRARIES = Object.keys(LIBRARY_MARKERS) as HeavyLibrary[];
/**
 * Text found only in the dataset schemas (src/data/schemas.ts), which only bytes the build did not
 * check need: no view may load them before it draws.
 */
const DATASET_SCHEMAS_MARKER = "must be a seed file name";

function chunk(key: string): ManifestChunk {
  const found = manifest[key];
  if (!found) throw new Error(`${key} is not in the build manifest`);
  return found;
}

/** A chunk, what it imports statically, and the lazy pieces a panel always loads to draw itself. */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of chunk(key).imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return seen;
}

const drawKeys = (panel: PanelId) => VIEW_ENTRIES.panels[panel].draws;
const panelKeys = (panel: PanelId) => [VIEW_ENTRIES.panels[panel].entry, ...drawKeys(panel)];
interface View {
  name: "dashboard" | PanelId;
  label: string;
  chunks: Set<string>;
  budget: { jsKb: number; libraries: readonly HeavyLibrary[] };
}

const views: View[] = [
  {
    name: "dashboard",
    label: "dashboard",
    chunks: closure(["index.html", VIEW_ENTRIES.views.dashboard as string, ...PANELS.flatMap(panelKeys)]),
    budget: DASHBOARD_BUDGET,
  },
  ...PANELS.map((panel) => ({
    name: panel,
    label: `embed=${panel}`,
    chunks: closure(["index.html", VIEW_ENTRIES.views.embed as string, ...panelKeys(panel)]),
    budget: PANEL_REGISTRY[panel].budget,
  })),
];

/**
 * No waterfall: the page's preload block names every chunk a view needs beyond the entry's own,
 * except the code that draws its charts and map, which each panel imports in one step after its
 * text has rendered.
 */
const html = readFileSync(resolve(DIST, "index.html"), "utf8");
const preloadBlock = html.match(/<script type="application\/json" id="view-preloads">(.*?)<\/script>/s)?.[1];
const preloads = preloadBlock
  ? (JSON.parse(preloadBlock) as { views: Record<string, { js: string[] }> }).views
  : {};
const entryFiles = new Set([...closure(["index.html"])].map((key) => chunk(key).file));

const sizes = new Map<string, { raw: number; gzip: number; brotli: number; text: string }>();
for (const entry of Object.values(manifest)) {
  if (sizes.has(entry.file) || !entry.file.endsWith(".js")) continue;
  const bytes = readFileSync(resolve(DIST, entry.file));
  sizes.set(entry.file, {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
    text: bytes.toString("utf8"),
  });
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
console.log(`${"chunk".padEnd(44)}    raw KB  gzip KB  brotli KB`);
for (const [file, s] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`${file.padEnd(44)} ${kb(s.raw)}  ${kb(s.gzip)}  ${kb(s.brotli)}`);
}

let failed = false;
console.log("");
for (const [file, { text }] of sizes) {
  const library = LIBRARIES.find((lib) => text.includes(LIBRARY_MARKERS[lib]));
  if (library && !text.startsWith(COMPILE_HINT)) {
    failed = true;
    console.error(`FAIL  ${file} holds ${library} but lacks the compile hint (scripts/compile-hints.ts)`);
  }
}
for (const { name, label, chunks, budget } of views) {
  const files = [...chunks].map((key) => chunk(key).file).filter((file) => file.endsWith(".js"));
  const gzip = files.reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
  const brotli = files.reduce((sum, file) => sum + (sizes.get(file)?.brotli ?? 0), 0);
  const loaded = LIBRARIES.filter((lib) =>
    files.some((file) => sizes.get(file)?.text.includes(LIBRARY_MARKERS[lib])),
  );
  console.log(
    `${label.padEnd(18)} ${files.length} JS chunks, ${kb(gzip)} KB gzip, ${kb(brotli)} KB brotli; loads ${loaded.join(", ") || "neither Recharts nor Leaflet"}`,
  );
  const preload = preloads[name];
  const drawnAfterText = [...closure((name === "dashboard" ? PANELS : [name]).flatMap(drawKeys))].map(
    (key) => chunk(key).file,
  );
  const expected = new Set([...entryFiles, ...(preload?.js ?? []), ...drawnAfterText]);
  const missing = files.filter((file) => !expected.has(file));
  if (missing.length) {
    failed = true;
    console.error(`FAIL  ${label} loads ${missing.join(", ")} one lazy import after another: not preloaded`);
  }
  const withSchemas = files.filter((file) => sizes.get(file)?.text.includes(DATASET_SCHEMAS_MARKER));
  if (withSchemas.length) {
    failed = true;
    console.error(`FAIL  ${label} loads the dataset schemas (in ${withSchemas.join(", ")}) before it draws`);
  }
  for (const lib of loaded.filter((lib) => !budget.libraries.includes(lib))) {
    failed = true;
    console.error(`FAIL  ${label} downloads ${lib}`);
  }
  const target = name === "dashboard" ? undefined : TARGET_KB[name];
  if (gzip / 1024 > budget.jsKb) {
    failed = true;
    console.error(`FAIL  ${label} is ${kb(gzip)} KB gzip, over its budget of ${budget.jsKb} KB`);
  } else if (target !== undefined && gzip / 1024 > target) {
    console.log(`note  ${label} is within its budget but not yet at issue 10's target of ${target} KB`);
  }
}
if (!checkDataBudgets(resolve(DIST, "data"))) failed = true;
process.exit(failed ? 1 : 0);
