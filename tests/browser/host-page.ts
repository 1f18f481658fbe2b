import { createServer, type Server } from "node:http";

/** A page on another origin that embeds Iceberg panels the way the share dialog tells people to. */
export function hostPageHtml(app: string, frames: { panel: string; query: string }[]): string {
  const iframes = frames
    .map(
      ({ panel, query }) =>
        `<iframe src="${app}?embed=${panel}&${query}" title="Iceberg: ${panel}" width="100%" height="150" style="border:0" loading="lazy"></iframe>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body><h1>An article that embeds Iceberg</h1>${iframes}<script src="${app}embed.js" async></script></body></html>`;
}

/** Serves the page on a free port of its own: a different origin from the app; `others` are more pages by path. */
export function serveHostPage(
  html: string,
  others: Record<string, string> = {},
): Promise<{ server: Server; url: string }> {
  return new Promise((resolveServer) => {
    const server = createServer((req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(others[new URL(req.url ?? "/", "http://host").pathname] ?? html);
    });
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolveServer({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}
