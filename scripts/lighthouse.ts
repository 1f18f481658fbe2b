import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { PANELS } from "../src/filters/view-state";
import { CHROMIUM_FLAGS } from "./chromium-flags";
import { serveDist } from "./serve-dist";

const VIEWS = ["/", ...PANELS.map((panel) => `/?embed=${panel}`)];
const PRESETS = ["mobile", "desktop"] as const;
const METRICS = [
  ["FCP", "first-contentful-paint", "s"],
  ["LCP", "largest-contentful-paint", "s"],
  ["TBT", "total-blocking-time", "ms"],
  ["CLS", "cumulative-layout-shift", ""],
  ["SI", "speed-index", "s"],
] as const;

const { values } = parseArgs({ options: { runs: { type: "string" }, dist: { type: "string" } } });
const runs = Number(values.runs ?? 3);
const port = Number(process.env.ICEBERG_PORT ?? 4221);
const lighthouseBin = resolve(import.meta.dirname, "../node_modules/.bin/lighthouse");

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue: number }>;
}

async function audit(url: string, preset: (typeof PRESETS)[number]): Promise<Report> {
  const args = [
    url,
    "--quiet",
    "--output=json",
    "--output-path=stdout",
    "--only-categories=performance",
    `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  const { stdout } = await promisify(execFile)(lighthouseBin, args, {
    env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Report;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const show = (value: number, unit: string) =>
  unit === "s"
    ? `${(value / 1000).toFixed(2)} s`
    : unit === "ms"
      ? `${Math.round(value)} ms`
      : value.toFixed(3);

const server = await serveDist(port, values.dist ? resolve(values.dist) : undefined);
const rows: string[][] = [];
try {
  for (const preset of PRESETS) {
    for (const view of VIEWS) {
      const reports: Report[] = [];
      for (let i = 0; i < runs; i++) reports.push(await audit(`http://127.0.0.1:${port}${view}`, preset));
      const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
      const row = [
        preset,
        view,
        `${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)})`,
        ...METRICS.map(([, id, unit]) =>
          show(median(reports.map((r) => r.audits[id]?.numericValue ?? Number.NaN)), unit),
        ),
      ];
      rows.push(row);
      console.error(row.join("  "));
    }
  }
} finally {
  server.close();
}

const header = ["preset", "view", "score (min–max)", ...METRICS.map(([name]) => name)];
console.log(`Lighthouse 12.8.2, median of ${runs} runs, dist/ served with brotli/gzip`);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
