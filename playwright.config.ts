import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/** Several checkouts on one machine each serve the build on a port of their own. */
const port = Number(process.env.ICEBERG_PORT ?? 4173);
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

export default defineConfig({
  testDir: "tests/browser",
  timeout: 30_000,
  // First paint of the full dashboard takes 3 s on a quiet machine and more than 5 s on a loaded one.
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
