import { rmSync } from "node:fs";
import os from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { type HeapByKind, heapByKind } from "./bench/heap-by-kind";
import { launchFreshChromium } from "./chromium-flags";
import { serveDist } from "./serve-dist";

const { values } = parseArgs({
  options: { cycles: { type: "string" }, dist: { type: "string" }, unoptimised: { type: "boolean" } },
});
const cycles = Number(values.cycles ?? 50);
/**
 * V8 keeps optimising more functions to machine code for many cycles, and that code counts in the
 * heap. With --unoptimised V8 runs bytecode only, so what still grows is the page's own.
 */
const V8_FLAGS = values.unoptimised ? ["--js-flags=--max-opt=0"] : [];
// V8 keeps compiling hot code for the first cycles: the plateau is read after ten.
const WARM_UP = 10;
const port = Number(process.env.ICEBERG_PORT ?? 4221);

/**
 * One cycle mounts every panel and unmounts it again, as a reader does: each embed in turn, the
 * presenter on and off, then the dashboard. The app switches views from the URL without a reload
 * (Back and Forward), so a history entry and a popstate event drive it.
 */
const STOPS: { search: string; ready: string }[] = [
  { search: "?lang=en&embed=trade", ready: "[data-panel=trade] svg.recharts-surface" },
  { search: "?lang=en&embed=energy", ready: "[data-panel=energy] .leaflet-container" },
  { search: "?lang=en&embed=milestones", ready: "[data-panel=milestones] [data-milestone-id]" },
  { search: "?lang=en&present=1&story=oil-for-arms", ready: ".presenter" },
  { search: "?lang=en", ready: "[data-panel=milestones] [data-milestone-id]" },
];

async function navigate(page: Page, search: string, ready: string) {
  await page.evaluate((next) => {
    history.pushState(null, "", `/${next}`);
    dispatchEvent(new PopStateEvent("popstate"));
  }, search);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
}

/** Heap used after two full collections, in bytes. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

interface DetachedNode {
  treeNode: { nodeName: string; attributes?: string[] };
  retainedNodeIds: number[];
}

/** Detached DOM trees still held by JavaScript, named by the root's tag and class or panel. */
async function detachedTrees(cdp: CDPSession): Promise<{ trees: number; panelTrees: string[] }> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { detachedNodes } = (await cdp.send("DOM.getDetachedDomNodes" as never)) as unknown as {
    detachedNodes: DetachedNode[];
  };
  const describe = ({ treeNode }: DetachedNode) => {
    const attrs = treeNode.attributes ?? [];
    const attr = (name: string) => {
      const i = attrs.indexOf(name);
      return i >= 0 ? attrs[i + 1] : undefined;
    };
    const panel = attr("data-panel");
    return `${treeNode.nodeName.toLowerCase()}${panel ? `[data-panel=${panel}]` : attr("class") ? `.${attr("class")?.split(" ")[0]}` : ""}`;
  };
  const panelTrees = detachedNodes
    .filter(({ treeNode }) => {
      const attrs = (treeNode.attributes ?? []).join(" ");
      return /data-panel|panel|trade|energy|milestone|recharts|leaflet|presenter|embed|dashboard/.test(attrs);
    })
    .map(describe);
  return { trees: detachedNodes.length, panelTrees };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

const server = await serveDist(port, values.dist ? resolve(values.dist) : undefined);
const { profile, context } = await launchFreshChromium(
  "bench-memory",
  { width: 1366, height: 900 },
  V8_FLAGS,
);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send("DOM.enable");
  await page.goto(`http://127.0.0.1:${port}/?lang=en`);
  await page.locator("[data-milestone-id]").first().waitFor({ timeout: 120_000 });

  const heaps: { cycle: number; bytes: number }[] = [];
  const kinds: HeapByKind[] = [];
  for (let cycle = 1; cycle <= cycles; cycle++) {
    for (const stop of STOPS) await navigate(page, stop.search, stop.ready);
    if (cycle === WARM_UP || cycle % 10 === 0 || cycle === cycles)
      heaps.push({ cycle, bytes: await heapAfterGc(cdp) });
    if (cycle === WARM_UP || cycle === cycles) kinds.push(await heapByKind(cdp));
  }
  const plateau = heaps.find((h) => h.cycle === WARM_UP)?.bytes ?? Number.NaN;
  const end = heaps.at(-1)?.bytes ?? Number.NaN;
  const { trees, panelTrees } = await detachedTrees(cdp);

  console.log(
    `Heap after GC, production build: ${cycles} cycles of trade embed → energy embed → milestones embed → presenter → dashboard`,
  );
  if (values.unoptimised) console.log("V8 with its optimising compilers off (--max-opt=0): bytecode only");
  console.log(
    `load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")} on ${os.availableParallelism()} cores`,
  );
  for (const h of heaps)
    console.log(
      `after cycle ${String(h.cycle).padStart(3)}  ${mb(h.bytes).padStart(7)} MB${h.cycle === WARM_UP ? "  (plateau)" : ""}`,
    );
  console.log(`growth from plateau to end: ${mb(end - plateau)} MB (target ≤ 1 MB)`);
  const [first, last] = kinds;
  // A leak is the page's own objects piling up; code and browser buffers growing are not one.
  if (first && last)
    console.log(
      `  of which (heap snapshots): page objects ${mb(last.script - first.script)} MB, compiled code ${mb(last.code - first.code)} MB, browser-native ${mb(last.native - first.native)} MB`,
    );
  console.log(`detached DOM trees held: ${trees}, of them panel or view trees: ${panelTrees.length}`);
  for (const tree of [...new Set(panelTrees)])
    console.log(`  ${tree} ×${panelTrees.filter((t) => t === tree).length}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
