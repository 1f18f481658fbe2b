/**
 * Data budgets per view: the gzip bytes of data a view downloads before the reader opens anything,
 * and the datasets it must not download at all. `scripts/check-bundle.ts` enforces them on the
 * built data/; `scripts/data-requests.ts` checks in Chromium that each view fetches exactly what
 * `viewDatasets` says, so the table cannot drift from what the app does.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DATASETS, type DatasetName } from "../src/data/datasets";
import { PANELS, type PanelId } from "../src/filters/view-state";
import { datasetsFor, PANEL_REGISTRY } from "../src/panels/panel-registry";

export type BudgetView = "dashboard" | PanelId;
export const DATA_VIEWS: readonly BudgetView[] = ["dashboard", ...PANELS];

/** The full record (the data package's) and the details (an opened milestone's) are never loaded up front. */
const NEVER_AT_LOAD: DatasetName[] = ["milestones", "milestoneDetails"];

const DASHBOARD_DATA_KB = 85;

/** What the chrome around the panels reads: the dashboard's filters, credits and Present button; an embed's notice. */
const CHROME_DATASETS: Record<"dashboard" | "embed", DatasetName[]> = {
  dashboard: ["sources", "stories"],
  embed: ["sources"],
};

/**
 * What a view fetches once its first load is over (the reader's first move, or five seconds after
 * the load event): the dashboard's Present button fetches the slides' data (the milestones'
 * details among it) so that presenting works with the network gone.
 */
export const idleDatasets = (view: BudgetView): DatasetName[] =>
  view === "dashboard" ? ["milestoneDetails"] : [];

/** A view's data budget: the dashboard's here, each embed's in the panel registry; an embed fetches no other panel's data. */
export function dataBudget(view: BudgetView): { gzipKb: number; forbidden: DatasetName[] } {
  if (view === "dashboard") return { gzipKb: DASHBOARD_DATA_KB, forbidden: NEVER_AT_LOAD };
  const own = new Set(viewDatasets(view));
  const others = (Object.keys(DATASETS) as DatasetName[]).filter((name) => !own.has(name));
  return {
    gzipKb: PANEL_REGISTRY[view].budget.dataKb,
    forbidden: [...new Set([...NEVER_AT_LOAD, ...others])],
  };
}

/** Every dataset a view fetches before anything is opened. */
export function viewDatasets(view: BudgetView): DatasetName[] {
  const panels = datasetsFor(view === "dashboard" ? null : view);
  const chrome = CHROME_DATASETS[view === "dashboard" ? "dashboard" : "embed"];
  return [...new Set([...panels, ...chrome])].sort();
}

export interface FileSize {
  raw: number;
  gzip: number;
}

/** Sizes as a CDN serves them (gzip level 9, as scripts/serve-dist.ts does). */
export function fileSize(dataDir: string, file: string): FileSize {
  const bytes = readFileSync(resolve(dataDir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Prints each view's data and returns false when one is over its budget or fetches what it must not. */
export function checkDataBudgets(dataDir: string): boolean {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  let ok = true;
  console.log("");
  for (const view of DATA_VIEWS) {
    const names = viewDatasets(view);
    const sizes = names.map((name) => fileSize(dataDir, DATASETS[name].file));
    const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
    const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const { gzipKb, forbidden } = dataBudget(view);
    const label = view === "dashboard" ? "dashboard" : `embed=${view}`;
    const idle = idleDatasets(view).map((n) => DATASETS[n].file);
    console.log(
      `${label.padEnd(18)} data ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (budget ${gzipKb}): ${names.map((n) => DATASETS[n].file).join(", ")}${idle.length ? `; after the first load ${idle.join(", ")}` : ""}`,
    );
    for (const name of names.filter((n) => forbidden.includes(n))) {
      ok = false;
      console.error(`FAIL  ${label} downloads ${DATASETS[name].file}`);
    }
    if (gzip / 1024 > gzipKb) {
      ok = false;
      console.error(`FAIL  ${label} downloads ${kb(gzip)} KB gzip of data, over its budget of ${gzipKb} KB`);
    }
  }
  return ok;
}
