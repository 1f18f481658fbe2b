import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".zip": "application/zip",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".webmanifest", ".svg", ".txt", ".csv"]);

const compressed = new Map<string, Buffer>();

/** Compressed once and kept, as a CDN's edge does, so compression costs no time per request. */
function body(path: string, encoding: "br" | "gzip" | null): Buffer {
  const key = `${encoding}:${path}`;
  let bytes = compressed.get(key);
  if (!bytes) {
    const raw = readFileSync(path);
    bytes =
      encoding === "br"
        ? brotliCompressSync(raw, {
            // Quality 11 takes minutes on a benchmark's tens of megabytes of synthetic data.
            params: { [constants.BROTLI_PARAM_QUALITY]: raw.length > 4_000_000 ? 5 : 11 },
          })
        : encoding === "gzip"
          ? gzipSync(raw, { level: 9 })
          : raw;
    compressed.set(key, bytes);
  }
  return bytes;
}

/**
 * Every file compressed before the first request, as a CDN's edge holds them: a file compressed
 * on demand would block the server while a page waits, and Lighthouse reads that wait as the
 * server's response time.
 */
function compressAll(root: string) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    body(path, "br");
    body(path, "gzip");
  }
}

/** The file a request's path names, or null for a path that is malformed or outside root. */
function fileOf(root: string, requestUrl = "/"): string | null {
  try {
    const pathname = requestUrl.replace(/[?#].*$/, "");
    const path = normalize(join(root, decodeURIComponent(pathname)));
    return path.startsWith(root) ? path : null;
  } catch {
    return null;
  }
}

/**
 * dist/ served as a CDN would: brotli or gzip by Accept-Encoding, hashed assets cached for a
 * year, HTML revalidated. Only for measuring; the site itself is static files.
 */
export function serveDist(port: number, root = resolve(import.meta.dirname, "../dist")): Promise<Server> {
  compressAll(root);
  const server = createServer((request, response) => {
    let path = fileOf(root, request.url);
    if (path === null) {
      response.writeHead(400).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) path = join(root, "index.html");
    const ext = extname(path);
    const accepts = String(request.headers["accept-encoding"] ?? "");
    const encoding = !COMPRESSIBLE.has(ext)
      ? null
      : /\bbr\b/.test(accepts)
        ? "br"
        : /gzip/.test(accepts)
          ? "gzip"
          : null;
    response.setHeader("Content-Type", TYPES[ext] ?? "application/octet-stream");
    response.setHeader(
      "Cache-Control",
      path.includes(`${root}/assets/`) ? "public, max-age=31536000, immutable" : "no-cache",
    );
    response.setHeader("Vary", "Accept-Encoding");
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.writeHead(200);
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    response.end(body(path, encoding));
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (process.argv[1] === import.meta.filename) {
  const port = Number(process.env.ICEBERG_PORT ?? 4173);
  await serveDist(port);
  console.log(`dist/ on http://127.0.0.1:${port}/ with brotli and gzip`);
}
