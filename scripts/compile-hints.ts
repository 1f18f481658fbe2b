/**
 * V8's explicit compile hint (Chrome 136+): a chunk that starts with this comment has all its
 * functions compiled while it streams in, on a background thread, instead of each one on the main
 * thread the first time it is called. Worth it only where nearly every function runs as the page
 * loads: React's renderer, and the Recharts and Leaflet code that draws the charts and the map.
 * Elsewhere it would compile code that may never run. Other browsers read a comment.
 */
import type { Plugin, Rolldown } from "vite";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";
const EAGER_LIBRARIES = ["/node_modules/react-dom/", "/node_modules/recharts/", "/node_modules/leaflet/"];

const isEager = (chunk: Rolldown.OutputChunk) =>
  chunk.moduleIds.some((id) => EAGER_LIBRARIES.some((library) => id.includes(library)));

export function compileHints(): Plugin {
  return {
    name: "iceberg-compile-hints",
    apply: "build",
    generateBundle: {
      // After minification, which would drop the comment, and after Vite's own code put in front.
      order: "post",
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk" || !isEager(chunk)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // The source map's lines move down by one.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === "asset" && typeof map.source === "string") {
            map.source = map.source.replace('"mappings":"', '"mappings":";');
          }
        }
      },
    },
  };
}
