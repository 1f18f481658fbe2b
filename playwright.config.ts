import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./scripts/chromium-flags";

const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/** Several checkouts on one machine each serve the build on a port of their own. */
const port = Number(process.env.ICEBERG_PORT ?? 4173);
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

export default defineConfig({
  testDir: "tests/browser",
  // The longest journeys take 15–20 s on a quiet machine and twice that on a loaded CI runner;
  // a test that truly hangs still fails, a minute later.
  timeout: 60_000,
  // Lazy chart and map chunks take longer than the 5 s default on a busy 2-core machine.
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromium,
      // Playwright adds its own headless switch.
      args: CHROMIUM_FLAGS.filter((flag) => flag !== "--headless"),
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
