/**
 * Reads the production build's chunk graph (dist/.vite/manifest.json) and checks that each embed
 * downloads only its own panel's libraries, and that every view stays within its size budget.
 * Prints each chunk's size, gzip and brotli.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { type HeavyLibrary, PANEL_REGISTRY } from "../src/app/panel-registry";
import type { PanelId } from "../src/filters/view-state";
import { checkDataBudgets } from "./data-budgets";

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

/** Gzip KB for everything the dashboard downloads (JS only); each embed's budget is in the panel registry. */
const DASHBOARD_BUDGET_KB = 380;

const PANELS = Object.keys(PANEL_REGISTRY) as PanelId[];

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

const panelKeys = (panel: PanelId) => {
  const entry = PANEL_REGISTRY[panel].source;
  return [entry, ...(chunk(entry).dynamicImports ?? [])];
};

interface View {
  label: string;
  chunks: Set<string>;
  budgetKb: number;
  libraries: readonly HeavyLibrary[];
}

const views: View[] = [
  {
    label: "dashboard",
    chunks: closure(["index.html", "src/app/dashboard.tsx", ...PANELS.flatMap(panelKeys)]),
    budgetKb: DASHBOARD_BUDGET_KB,
    libraries: LIBRARIES,
  },
  ...PANELS.map((panel) => ({
    label: `embed=${panel}`,
    chunks: closure(["index.html", "src/app/embed/embed-view.tsx", ...panelKeys(panel)]),
    budgetKb: PANEL_REGISTRY[panel].budget.jsKb,
    libraries: PANEL_REGISTRY[panel].budget.libraries,
  })),
];

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
for (const { label, chunks, budgetKb, libraries } of views) {
  const files = [...chunks].map((key) => chunk(key).file).filter((file) => file.endsWith(".js"));
  const gzip = files.reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
  const brotli = files.reduce((sum, file) => sum + (sizes.get(file)?.brotli ?? 0), 0);
  const loaded = LIBRARIES.filter((lib) =>
    files.some((file) => sizes.get(file)?.text.includes(LIBRARY_MARKERS[lib])),
  );
  console.log(
    `${label.padEnd(18)} ${files.length} JS chunks, ${kb(gzip)} KB gzip, ${kb(brotli)} KB brotli; loads ${loaded.join(", ") || "neither Recharts nor Leaflet"}`,
  );
  for (const lib of loaded.filter((lib) => !libraries.includes(lib))) {
    failed = true;
    console.error(`FAIL  ${label} downloads ${lib}`);
  }
  if (gzip / 1024 > budgetKb) {
    failed = true;
    console.error(`FAIL  ${label} is ${kb(gzip)} KB gzip, over its budget of ${budgetKb} KB`);
  }
}
if (!checkDataBudgets(resolve(DIST, "data"))) failed = true;
process.exit(failed ? 1 : 0);
