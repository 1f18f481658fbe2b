/**
 * `npm run data:requests` (after `vite build`): opens each view of dist/ in Chromium, lists every
 * data file it downloads before anything is opened (until the network is idle), with raw and gzip
 * bytes, and fails when a view fetches other files than scripts/data-budgets.ts declares. Then opens a
 * milestone in the milestones embed, to show what the details add. Service workers are blocked:
 * their precache (for offline use) fetches every file once, after the page has loaded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { DATASETS } from "../src/data/datasets";
import { type BudgetView, DATA_VIEWS, fileSize, idleDatasets, viewDatasets } from "./data-budgets";
import { serveDist } from "./serve-dist";

const { values } = parseArgs({ options: { dist: { type: "string" } } });
const DIST = values.dist ? resolve(values.dist) : resolve(import.meta.dirname, "../dist");
const port = Number(process.env.ICEBERG_PORT ?? 4173);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

const addressOf = (view: BudgetView) => (view === "dashboard" ? "./?lang=en" : `./?lang=en&embed=${view}`);

const server = await serveDist(port, DIST);
const profile = mkdtempSync(join(tmpdir(), "iceberg-data-requests-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  serviceWorkers: "block",
});
let failed = false;

async function dataRequests(address: string): Promise<{ files: string[]; validateMs: number }> {
  const page = await context.newPage();
  const files: string[] = [];
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.match(/\/data\/(.+)$/)?.[1];
    if (file) files.push(file);
  });
  await page.goto(new URL(address, `http://127.0.0.1:${port}/`).href);
  await page.locator("[data-panel]").first().waitFor({ timeout: 90_000 });
  await page.waitForLoadState("networkidle");
  // The reader arrives: what waits for the first load to end is fetched at the next idle moment.
  const after = page.waitForRequest(/\/data\//, { timeout: 6_000 }).catch(() => null);
  await page.mouse.move(10, 10);
  const late = await after;
  if (late) await late.response();
  const validateMs = await page.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((entry) => entry.name.startsWith("validate "))
      .reduce((sum, entry) => sum + entry.duration, 0),
  );
  await page.close();
  return { files, validateMs };
}

function printRow(label: string, files: readonly string[], validateMs?: number) {
  const sizes = files.map((file) => fileSize(resolve(DIST, "data"), file));
  const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const validate = validateMs === undefined ? "" : validateMs.toFixed(1);
  console.log(`${label.padEnd(34)} ${kb(raw)}  ${kb(gzip)}  ${validate.padStart(11)}   ${files.join(", ")}`);
}

try {
  console.log(`${"view".padEnd(34)}  raw KB  gzip KB  validate ms   data files`);
  for (const view of DATA_VIEWS) {
    const loaded = await dataRequests(addressOf(view));
    const files = [...new Set(loaded.files)].sort();
    printRow(view === "dashboard" ? "/" : `?embed=${view}`, files, loaded.validateMs);
    const declared = [...viewDatasets(view), ...idleDatasets(view)].map((name) => DATASETS[name].file).sort();
    if (files.join() !== declared.join()) {
      failed = true;
      console.error(
        `FAIL  ${view} fetches ${files.join(", ")}; data-budgets.ts declares ${declared.join(", ")}`,
      );
    }
  }
  const page = await context.newPage();
  const files: string[] = [];
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.match(/\/data\/(.+)$/)?.[1];
    if (file) files.push(file);
  });
  await page.goto(new URL(addressOf("milestones"), `http://127.0.0.1:${port}/`).href);
  await page.locator("[data-milestone-id] button").first().click();
  await page.locator(".milestone-detail .citation").first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.close();
  printRow("?embed=milestones, one opened", [...new Set(files)].sort());
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}
process.exit(failed ? 1 : 0);
