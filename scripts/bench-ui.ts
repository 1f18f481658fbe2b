import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { DETAILS_FILE, INDEX_FILE } from "../src/data/dataset-files";
import { splitMilestones } from "../src/data/milestone-split";
import type { Milestone } from "../src/data/schemas";
import { INSTALL_RENDER_COUNTER } from "./bench/render-counter";
import { syntheticMilestones } from "./bench/synthetic-milestones";
import { launchFreshChromium } from "./chromium-flags";
import { serveDist } from "./serve-dist";

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

/**
 * Event Timing, as INP counts it: each interaction's duration is from the input to the next
 * paint after its handlers ran. Long tasks are counted beside it.
 */
const OBSERVE = () => {
  const w = window as unknown as {
    __events: PerformanceObserver;
    __eventEntries: PerformanceEventTiming[];
    __longTasks: number;
  };
  w.__longTasks = 0;
  w.__eventEntries = [];
  w.__events = new PerformanceObserver((list) => {
    w.__eventEntries.push(...(list.getEntries() as PerformanceEventTiming[]));
  });
  w.__events.observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    w.__longTasks += list.getEntries().length;
  }).observe({ type: "longtask" });
};

interface Sample {
  duration: number;
  /** Main-thread CPU time from the input to the next paint (and a task), which other load barely inflates. */
  cpu: number;
  longTasks: number;
  renders: Record<string, number>;
}

/** Waits for two frames and a task, by when the browser has queued the interaction's Event Timing entries. */
async function afterNextPaint(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))),
      ),
  );
}

/** The renderer main thread's CPU time so far, in ms (Performance.enable with threadTicks). */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN) * 1000;
}

/** Runs one interaction: its input-to-next-paint (under 16 ms the browser reports none, so 16 stands for "at most 16"), main-thread CPU, long tasks and component renders. */
async function measure(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<Sample> {
  const start = await page.evaluate(() => {
    const w = window as unknown as {
      __events: PerformanceObserver;
      __eventEntries: PerformanceEventTiming[];
      __longTasks: number;
      __renders: Record<string, number>;
    };
    w.__events.takeRecords();
    w.__eventEntries = [];
    w.__longTasks = 0;
    for (const key of Object.keys(w.__renders)) delete w.__renders[key];
    return performance.now();
  });
  const cpuBefore = await threadTime(cdp);
  await act();
  await afterNextPaint(page);
  const cpu = (await threadTime(cdp)) - cpuBefore;
  // Deferred panel renders (transitions) count too: wait until the page is idle before reading.
  const { durations, longTasks, renders } = await page.evaluate(async (t0) => {
    const w = window as unknown as {
      __events: PerformanceObserver;
      __eventEntries: PerformanceEventTiming[];
      __longTasks: number;
      __renders: Record<string, number>;
    };
    await new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 2000 }));
    const entries = [...w.__eventEntries, ...(w.__events.takeRecords() as PerformanceEventTiming[])];
    return {
      durations: entries.filter((e) => e.interactionId && e.startTime >= t0 - 1).map((e) => e.duration),
      longTasks: w.__longTasks,
      renders: { ...w.__renders },
    };
  }, start);
  return { duration: Math.max(16, ...durations), cpu, longTasks, renders };
}
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};

// --dist serves another build (say, the previous release's) to compare under the same load.
/** With --size, a copy of the build whose milestones are synthetic, served like the real file. */
function distToServe(): string {
  const dist = resolve(values.dist ?? resolve(import.meta.dirname, "../dist"));
  const files = milestonesBody();
  if (files === null) return dist;
  const copy = mkdtempSync(join(tmpdir(), "iceberg-bench-dist-"));
  cpSync(dist, copy, { recursive: true });
  for (const [file, body] of Object.entries(files)) writeFileSync(join(copy, "data", file), body);
  return copy;
}

const loadAtStart = loadavg();
const root = distToServe();
const server = await serveDist(port, root);
const { profile, context } = await launchFreshChromium("bench-ui", { width: 1366, height: 900 });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript({ content: INSTALL_RENDER_COUNTER });
  await page.addInitScript(OBSERVE);
  // A busy machine can take longer than the default 30 s to the load event; the list gets 120 s.
  await page.goto(`http://127.0.0.1:${port}/?lang=en`, { timeout: 120_000 });
  await page.locator("[data-milestone-id]").first().waitFor({ timeout: 120_000 });
  // CPU time counts on the main thread's own clock, so a busy machine stretches it far less than wall time.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" } as never);

  const results: Record<string, Sample[]> = {
    "range step (keyboard)": [],
    "category chip": [],
    "milestone click": [],
  };
  // Targets are found before each measurement, so finding them by role is not counted as the page's work.
  await page.getByRole("slider", { name: "From year" }).focus();
  for (let i = 0; i < STEPS; i++)
    results["range step (keyboard)"]?.push(
      await measure(page, cdp, () => page.keyboard.press(i % 2 ? "ArrowLeft" : "ArrowRight")),
    );
  const chips = await Promise.all(
    ["Energy", "Arms", "Trade", "Diplomacy"].map((name) =>
      page.getByRole("button", { name, exact: true }).elementHandle(),
    ),
  );
  for (let i = 0; i < STEPS; i++) {
    const chip = chips[i % chips.length];
    results["category chip"]?.push(await measure(page, cdp, async () => chip?.click()));
  }
  for (let i = 0; i < STEPS; i++) {
    const row = await page
      .locator("[data-milestone-id] button")
      .nth(i % 8)
      .elementHandle();
    await row.scrollIntoViewIfNeeded();
    results["milestone click"]?.push(await measure(page, cdp, () => row.click()));
  }
  const rendered = await page.locator("[data-milestone-id]").count();
  const listElements = await page
    .locator("[data-panel=milestones] .milestone-years")
    .evaluateAll((lists) => lists.reduce((n, list) => n + 1 + list.querySelectorAll("*").length, 0));
  // Every SVG shape the charts draw, reference lines and axes included.
  const chartMarks = await page
    .locator("[data-panel=trade] svg.recharts-surface")
    .evaluateAll((svgs) =>
      svgs.reduce((n, svg) => n + svg.querySelectorAll("path, rect, circle, line, polygon, text").length, 0),
    );

  console.log(
    `Input to next paint, production build, ${size === null ? "today's data" : `${size.toLocaleString("en")} synthetic milestones`} (${rendered} list rows and ${listElements} list elements in the DOM, ${chartMarks} SVG shapes in the charts)`,
  );
  console.log(
    `load average (1/5/15 min) ${[loadAtStart, loadavg()]
      .map((load) => load.map((n) => n.toFixed(2)).join(" "))
      .join(" at start, ")} at end, on ${os.availableParallelism()} cores`,
  );
  const panels = ["chrome", "trade", "energy", "milestones"];
  console.log(
    `${"interaction".padEnd(24)}${"median".padStart(8)}${"p95".padStart(8)}${"min".padStart(6)}${"max".padStart(6)}  n  ${"CPU median".padStart(10)}${"CPU p95".padStart(8)}  long tasks  renders per step (${panels.join("/")})  (16 = at most 16 ms; CPU = main-thread ms to the next paint)`,
  );
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  for (const [name, samples] of Object.entries(results)) {
    const durations = samples.map((s) => s.duration);
    const renders = panels.map((p) => mean(samples.map((s) => s.renders[p] ?? 0)).toFixed(0)).join("/");
    console.log(
      `${name.padEnd(24)}${quantile(durations, 0.5).toFixed(0).padStart(8)}${quantile(durations, 0.95).toFixed(0).padStart(8)}${Math.min(
        ...durations,
      )
        .toFixed(0)
        .padStart(6)}${Math.max(...durations)
        .toFixed(0)
        .padStart(6)}  ${samples.length}  ${quantile(
        samples.map((s) => s.cpu),
        0.5,
      )
        .toFixed(0)
        .padStart(10)}${quantile(
        samples.map((s) => s.cpu),
        0.95,
      )
        .toFixed(0)
        .padStart(8)}  ${mean(samples.map((s) => s.longTasks))
        .toFixed(1)
        .padStart(10)}  ${renders}`,
    );
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  if (size !== null) rmSync(root, { recursive: true, force: true });
}
