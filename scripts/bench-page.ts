import { rmSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launchFreshChromium } from "./chromium-flags";

/**
 * One page, measured cold as a first visit: the bytes it downloads by kind (each body gzipped at
 * level 9, so pages served differently compare alike), the time until its list is on screen, and
 * the heap after GC. For comparing the milestones embed with another timeline page, e.g.
 *   tsx scripts/bench-page.ts http://127.0.0.1:4315/?embed=milestones --ready "[data-milestone-id]"
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { ready: { type: "string" }, runs: { type: "string" } },
});
const url = positionals[0];
if (!url || !values.ready) throw new Error("usage: bench-page.ts <url> --ready <css selector> [--runs 5]");
const runs = Number(values.runs ?? 5);

type Kind = "js" | "data" | "css" | "html" | "other";
const kindOf = (type: string, contentType: string): Kind =>
  type === "script"
    ? "js"
    : type === "fetch" || type === "xhr" || contentType.includes("json")
      ? "data"
      : type === "stylesheet"
        ? "css"
        : type === "document"
          ? "html"
          : "other";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const bytes: Record<Kind, number> = { js: 0, data: 0, css: 0, html: 0, other: 0 };
const times: number[] = [];
const heaps: number[] = [];
for (let run = 0; run < runs; run++) {
  const { profile, context } = await launchFreshChromium("bench-page", { width: 412, height: 823 });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const seen: Promise<void>[] = [];
    if (run === 0)
      page.on("response", (response) => {
        seen.push(
          response
            .body()
            .then((body) => {
              const kind = kindOf(
                response.request().resourceType(),
                response.headers()["content-type"] ?? "",
              );
              bytes[kind] += gzipSync(body, { level: 9 }).length;
            })
            .catch(() => {}),
        );
      });
    await page.goto(url);
    await page.locator(values.ready).first().waitFor({ timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState("networkidle");
    await Promise.all(seen);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    heaps.push((await cdp.send("Runtime.getHeapUsage")).usedSize);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${url} (${runs} cold runs, 412×823; load average ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")})`,
);
console.log(
  `gzip bytes: JS ${kb(bytes.js)}, data ${kb(bytes.data)}, CSS ${kb(bytes.css)}, HTML ${kb(bytes.html)}, other ${kb(bytes.other)}`,
);
console.log(
  `time to "${values.ready}" on screen: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
);
console.log(
  `JS heap after GC: median ${(median(heaps) / 1024 / 1024).toFixed(2)} MB (min ${(Math.min(...heaps) / 1024 / 1024).toFixed(2)}, max ${(Math.max(...heaps) / 1024 / 1024).toFixed(2)})`,
);
