/**
 * No chunk waterfall: the page knows its view (`?embed=`, else the dashboard) before React starts.
 * At build time this plugin writes, into index.html, what each view will need (its chunks, their
 * CSS, its datasets) as a JSON data block; a tiny fixed inline script (allowed by its hash in the
 * CSP) reads the URL and adds the preload links at once, so everything downloads in parallel with
 * the entry chunk instead of one lazy import after another.
 */
import { relative } from "node:path";
import type { Plugin, Rolldown } from "vite";
import { DATASETS } from "../src/data/datasets.ts";
import { LANGS } from "../src/data/vocabulary.ts";
import { PANELS, type PanelId } from "../src/filters/view-state.ts";
import { datasetsFor } from "../src/panels/panel-registry.ts";
import { VIEW_ENTRIES } from "./view-chunks.ts";
import { VIEW_PRELOAD_SCRIPT } from "./view-preload-script.ts";

interface ViewPreload {
  /** Chunks the view's first paint needs. */
  js: string[];
  /**
   * Every stylesheet the view applies, its charts' and map's too. The charts' and map's code (the
   * panels' `draws`) is not preloaded: each panel imports it once its own text has rendered, so on
   * a slow line those large chunks never take bandwidth from what paints first.
   */
  css: string[];
  data: string[];
}

const chunks = (bundle: Rolldown.OutputBundle) =>
  Object.values(bundle).filter((item): item is Rolldown.OutputChunk => item.type === "chunk");

export function viewPreloads(): Plugin {
  let root = "";
  return {
    name: "iceberg-view-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const all = chunks(bundle);
        const byModule = new Map(
          all.filter((c) => c.facadeModuleId).map((c) => [relative(root, c.facadeModuleId as string), c]),
        );
        const byFile = new Map(all.map((c) => [c.fileName, c]));
        const chunkFor = (module: string) => {
          const found = byModule.get(module);
          if (!found) throw new Error(`view-preloads: ${module} is not a chunk of its own`);
          return found;
        };
        const entry = all.find((c) => c.isEntry);
        if (!entry) return html;
        const staticClosure = (start: Rolldown.OutputChunk[]) => {
          const seen = new Set<Rolldown.OutputChunk>();
          const visit = (c: Rolldown.OutputChunk) => {
            if (seen.has(c)) return;
            seen.add(c);
            for (const file of c.imports) {
              const next = byFile.get(file);
              if (next) visit(next);
            }
          };
          for (const c of start) visit(c);
          return seen;
        };
        const loadedByEntry = staticClosure([entry]);
        const cssOf = (c: Rolldown.OutputChunk) => [...(c.viteMetadata?.importedCss ?? [])];
        const view = (name: string, panels: readonly PanelId[]): ViewPreload => {
          const entries = panels.map((panel) => VIEW_ENTRIES.panels[panel]);
          const early = staticClosure([
            chunkFor(VIEW_ENTRIES.views[name] as string),
            ...entries.map((panel) => chunkFor(panel.entry)),
          ]);
          const drawingChunks = staticClosure(entries.flatMap((panel) => panel.draws.map(chunkFor)));
          const needed = (set: Set<Rolldown.OutputChunk>) => [...set].filter((c) => !loadedByEntry.has(c));
          const earlyJs = needed(early);
          const drawingJs = needed(drawingChunks).filter((c) => !early.has(c));
          return {
            js: earlyJs.map((c) => c.fileName),
            css: [...new Set([...earlyJs, ...drawingJs].flatMap(cssOf))],
            data: datasetsFor(panels.length === 1 ? (panels[0] as PanelId) : null).map(
              (dataset) => `data/${DATASETS[dataset].file}`,
            ),
          };
        };
        const preloads = {
          views: {
            dashboard: view("dashboard", PANELS),
            ...Object.fromEntries(PANELS.map((panel) => [panel, view("embed", [panel])])),
          },
          langs: Object.fromEntries(
            LANGS.filter((lang) => lang !== "en").map((lang) => [
              lang,
              chunkFor(`src/i18n/languages/${lang}.ts`).fileName,
            ]),
          ),
        };
        // `<` escaped so no file name can close the data block early.
        const json = JSON.stringify(preloads).replace(/</g, "\\u003c");
        return html.replace(
          "</title>",
          `</title>\n    <script type="application/json" id="view-preloads">${json}</script>\n    <script>${VIEW_PRELOAD_SCRIPT}</script>`,
        );
      },
    },
  };
}
