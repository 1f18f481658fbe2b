import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { DETAILS_FILE, INDEX_FILE, splitMilestones } from "../src/data/milestone-split";
import type { Milestone } from "../src/data/schemas";
import { syntheticMilestones } from "./bench/synthetic-milestones";
import { serveDist } from "./serve-dist";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const STEPS = 20;

const { values } = parseArgs({ options: { size: { type: "string" }, dist: { type: "string" } } });
const size = values.size ? Number(values.size) : null;
const port = Number(process.env.ICEBERG_PORT ?? 4221);
const data = (file: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../data", file), "utf8"));

/** The synthetic milestones as the two files the app reads (the data build's split of milestones.json). */
function milestonesBody(): Record<string, string> | null {
  if (size === null) return null;
  const real: Milestone[] = data("milestones.json").milestones;
  const vocabulary = {
    templates: real,
    placeIds: data("places.json").places.map((p: { id: string }) => p.id),
    featureIds: data("energy.json").features.map((f: { id: string }) => f.id),
  };
  const { index, details } = splitMilestones(syntheticMilestones(size, vocabulary));
  return { [INDEX_FILE]: JSON.stringify(index), [DETAILS_FILE]: JSON.stringify(details) };
}

/** Event Timing: the longest input-to-next-paint of the interactions since the last call. */
const OBSERVE = () => {
  const w = window as unknown as { __inp: number[] };
  w.__inp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[])
      if (entry.interactionId) w.__inp.push(entry.duration);
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

async function afterNextPaint(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))),
      ),
  );
}

/** Runs one interaction and returns its duration; under 16 ms the browser reports none, so 16 stands for "at most 16". */
async function measure(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __inp: number[] }).__inp = [];
  });
  await act();
  await afterNextPaint(page);
  const durations = await page.evaluate(() => (window as unknown as { __inp: number[] }).__inp);
  return Math.max(16, ...durations);
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};

// --dist serves another build (say, the previous release's) to compare under the same load.
const server = await serveDist(port, values.dist ? resolve(values.dist) : undefined);
const profile = mkdtempSync(join(tmpdir(), "iceberg-bench-ui-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  args: CHROMIUM_FLAGS,
  viewport: { width: 1366, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const [file, body] of Object.entries(milestonesBody() ?? {}))
    await page.route(`**/data/${file}`, (route) => route.fulfill({ body, contentType: "application/json" }));
  await page.addInitScript(OBSERVE);
  await page.goto(`http://127.0.0.1:${port}/?lang=en`);
  await page.locator("[data-milestone-id]").first().waitFor();

  const results: Record<string, number[]> = {
    "range step (keyboard)": [],
    "category chip": [],
    "milestone click": [],
  };
  const from = page.getByRole("slider", { name: "From year" });
  await from.focus();
  for (let i = 0; i < STEPS; i++)
    results["range step (keyboard)"]?.push(
      await measure(page, () => from.press(i % 2 ? "ArrowLeft" : "ArrowRight")),
    );
  const chips = ["Energy", "Arms", "Trade", "Diplomacy"];
  for (let i = 0; i < STEPS; i++) {
    const chip = page.getByRole("button", { name: chips[i % chips.length], exact: true });
    results["category chip"]?.push(await measure(page, () => chip.click()));
  }
  for (let i = 0; i < STEPS; i++) {
    const row = page.locator("[data-milestone-id] button").nth(i % 8);
    await row.scrollIntoViewIfNeeded();
    results["milestone click"]?.push(await measure(page, () => row.click()));
  }
  const rendered = await page.locator("[data-milestone-id]").count();

  console.log(
    `Input to next paint, production build, ${size === null ? "today's data" : `${size.toLocaleString("en")} synthetic milestones`} (${rendered} list rows in the DOM)`,
  );
  console.log(
    `${"interaction".padEnd(24)}${"median".padStart(8)}${"p95".padStart(8)}  n   (16 = at most 16 ms)`,
  );
  for (const [name, durations] of Object.entries(results))
    console.log(
      `${name.padEnd(24)}${quantile(durations, 0.5).toFixed(0).padStart(8)}${quantile(durations, 0.95).toFixed(0).padStart(8)}  ${durations.length}`,
    );
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
