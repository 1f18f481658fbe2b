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
