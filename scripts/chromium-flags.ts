import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/**
 * Debian's Chromium as every script here starts it: headless, no sandbox (root), and none of the
 * background connections that this machine's closed network would refuse.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A first visit: Debian's Chromium on a new, empty profile, which the caller removes when done. */
export async function launchFreshChromium(
  name: string,
  viewport: { width: number; height: number },
  extraFlags: readonly string[] = [],
) {
  const profile = mkdtempSync(join(tmpdir(), `iceberg-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_FLAGS, ...extraFlags],
    viewport,
  });
  return { profile, context };
}
