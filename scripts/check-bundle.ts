/**
 * Reads the production build's chunk graph (dist/.vite/manifest.json) and checks that each embed
 * downloads only its own panel's libraries, and that every view stays within its size budget.
 * Prints each chunk's size, gzip and brotli.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
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

const PANEL_ENTRY = {
  trade: "src/panels/trade-arms/trade-arms-panel.tsx",
  energy: "src/panels/energy/energy-panel.tsx",
  milestones: "src/panels/milestones/milestones-panel.tsx",
} as const;

/** Text found only in each library's own code. */
const LIBRARY_MARKERS = { recharts: "recharts-cartesian-axis", leaflet: "leaflet-zoom-animated" } as const;
type Library = keyof typeof LIBRARY_MARKERS;

/** Gzip KB for everything a view downloads (JS only). */
const BUDGET_KB = { dashboard: 380, trade: 250, energy: 230, milestones: 150 } as const;

const FORBIDDEN: Record<keyof typeof BUDGET_KB, Library[]> = {
  dashboard: [],
  trade: ["leaflet"],
  energy: ["recharts"],
  milestones: ["recharts", "leaflet"],
};

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

const panelKeys = (entry: string) => [entry, ...(chunk(entry).dynamicImports ?? [])];
const views: Record<keyof typeof BUDGET_KB, Set<string>> = {
  dashboard: closure([
    "index.html",
    "src/app/dashboard.tsx",
    ...Object.values(PANEL_ENTRY).flatMap(panelKeys),
  ]),
  trade: closure(["index.html", "src/app/embed/embed-view.tsx", ...panelKeys(PANEL_ENTRY.trade)]),
  energy: closure(["index.html", "src/app/embed/embed-view.tsx", ...panelKeys(PANEL_ENTRY.energy)]),
  milestones: closure(["index.html", "src/app/embed/embed-view.tsx", ...panelKeys(PANEL_ENTRY.milestones)]),
};

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
for (const [view, keys] of Object.entries(views) as [keyof typeof BUDGET_KB, Set<string>][]) {
  const files = [...keys].map((key) => chunk(key).file).filter((file) => file.endsWith(".js"));
  const gzip = files.reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
  const brotli = files.reduce((sum, file) => sum + (sizes.get(file)?.brotli ?? 0), 0);
  const libraries = (Object.keys(LIBRARY_MARKERS) as Library[]).filter((lib) =>
    files.some((file) => sizes.get(file)?.text.includes(LIBRARY_MARKERS[lib])),
  );
  const label = view === "dashboard" ? "dashboard" : `embed=${view}`;
  console.log(
    `${label.padEnd(18)} ${files.length} JS chunks, ${kb(gzip)} KB gzip, ${kb(brotli)} KB brotli; loads ${libraries.join(", ") || "neither Recharts nor Leaflet"}`,
  );
  for (const lib of FORBIDDEN[view]) {
    if (libraries.includes(lib)) {
      failed = true;
      console.error(`FAIL  ${label} downloads ${lib}`);
    }
  }
  if (gzip / 1024 > BUDGET_KB[view]) {
    failed = true;
    console.error(`FAIL  ${label} is ${kb(gzip)} KB gzip, over its budget of ${BUDGET_KB[view]} KB`);
  }
}
if (!checkDataBudgets(resolve(DIST, "data"))) failed = true;
process.exit(failed ? 1 : 0);
