/**
 * `npm run audit`: the production dependencies against npm's advisory service, failing on a high or
 * critical advisory. Where the service cannot be reached (some networks answer 405, or nothing at
 * all), it says plainly that nothing was checked and exits 0, so CI does not fail for that reason.
 */
import { spawnSync } from "node:child_process";

const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
  encoding: "utf8",
  timeout: 120_000,
});

interface AuditReport {
  statusCode?: number;
  message?: string;
  error?: unknown;
  metadata?: { vulnerabilities?: Record<string, number> };
}

let report: AuditReport | null = null;
try {
  report = JSON.parse(result.stdout) as AuditReport;
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ?? result.error?.message ?? (result.stderr.trim().split("\n").at(-1) || "no answer");
  console.warn(
    `npm audit could NOT check the dependencies: the advisory service did not answer (${reason}).`,
  );
  console.warn(
    "Nothing was checked. Run `npm run audit` again from a network that reaches registry.npmjs.org.",
  );
  process.exit(0);
}

const summary = Object.entries(counts)
  .filter(([level, n]) => level !== "total" && n > 0)
  .map(([level, n]) => `${n} ${level}`)
  .join(", ");
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${summary || "no advisories"}.`);
if (serious > 0) {
  console.error(`${serious} high or critical advisories: see \`npm audit --omit=dev\`.`);
  process.exit(1);
}
