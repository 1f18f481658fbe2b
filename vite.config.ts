/// <reference types="vitest/config" />
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { compileHints } from "./scripts/compile-hints.ts";
import { buildDataPackageTables } from "./scripts/data-package/data-package.ts";
import { readPackageInput } from "./scripts/data-package/read-package-input.ts";
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./scripts/security-headers.ts";
import { validatedDigests } from "./scripts/validated-digests.ts";
import { viewPreloads } from "./scripts/view-preloads.ts";

const DATA_DIR = resolve(import.meta.dirname, "data");

/**
 * Serves data/*.json at ./data/ in dev and copies it into the build, so the site works from any sub-path;
 * the open data package's CSVs (data/csv/*.csv, described by data/datapackage.json) are made from the same files.
 */
function datasets(): Plugin {
  return {
    name: "iceberg-datasets",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const csv = req.url?.match(/\/data\/(csv\/[a-z0-9-]+\.csv)(\?.*)?$/);
        if (csv?.[1]) {
          const body = buildDataPackageTables(readPackageInput(DATA_DIR)).get(csv[1]);
          if (body === undefined) return next();
          res.setHeader("Content-Type", "text/csv; charset=utf-8");
          res.end(body);
          return;
        }
        const match = req.url?.match(/\/data\/([a-z0-9-]+\.json)(\?.*)?$/);
        if (!match?.[1]) return next();
        try {
          const body = readFileSync(resolve(DATA_DIR, match[1]));
          res.setHeader("Content-Type", "application/json");
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    generateBundle() {
      for (const file of readdirSync(DATA_DIR).filter((name) => name.endsWith(".json"))) {
        this.emitFile({
          type: "asset",
          fileName: `data/${file}`,
          source: readFileSync(resolve(DATA_DIR, file)),
        });
      }
      for (const [path, csv] of buildDataPackageTables(readPackageInput(DATA_DIR))) {
        this.emitFile({ type: "asset", fileName: `data/${path}`, source: csv });
      }
    },
  };
}

/**
 * The built page carries its policy in a <meta> tag, so any static host applies it. Development
 * is left without: Vite's dev server injects inline scripts.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "iceberg-csp-meta",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Changes whenever any dataset does: what a "pinned" embed carries. */
function dataVersion(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(DATA_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    hash.update(file).update(readFileSync(resolve(DATA_DIR, file)));
  }
  return hash.digest("hex").slice(0, 8);
}

/** When data/ last changed (its last commit, else its newest file), shown as "data as of". */
function dataDate(): string {
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", DATA_DIR], {
      encoding: "utf8",
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // not a git checkout: fall through
  }
  const newest = Math.max(...readdirSync(DATA_DIR).map((file) => statSync(resolve(DATA_DIR, file)).mtimeMs));
  return new Date(newest).toISOString().slice(0, 10);
}

/**
 * Offline after one visit: the service worker precaches the shell, every chunk (the basemap is
 * bundled in the map's), the datasets and the icon. A new version waits for the user's "Update"
 * (registerType "prompt"), so nothing is swapped under a presenter.
 */
const offline = () =>
  VitePWA({
    registerType: "prompt",
    injectRegister: false,
    manifest: {
      name: "Iceberg: Azerbaijan–Israel relations",
      short_name: "Iceberg",
      description:
        "Trade, arms, energy and diplomacy between Azerbaijan and Israel, traced to the documents.",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: "#0b3954",
      icons: [{ src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
    },
    workbox: {
      globPatterns: ["**/*.{js,css,html,json,csv,svg,webmanifest}"],
      globIgnores: [".vite/**"],
      navigateFallback: "index.html",
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig({
  base: "./",
  resolve: { alias: { "@": resolve(import.meta.dirname, "src") } },
  define: {
    __DATA_VERSION__: JSON.stringify(dataVersion()),
    __DATA_DATE__: JSON.stringify(dataDate()),
    __VALIDATED_DIGESTS__: JSON.stringify(validatedDigests(DATA_DIR)),
  },
  plugins: [react(), datasets(), contentSecurityPolicyMeta(), viewPreloads(), compileHints(), offline()],
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 600, manifest: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./tests/setup.ts"],
    include: [
      "src/**/*.test.ts",
      "src/**/*.test.tsx",
      "tests/unit/**/*.test.ts",
      "tests/integration/**/*.test.tsx",
    ],
    testTimeout: 120_000,
  },
});
