import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, resolve } from "node:path";
import { expect, test } from "./fixtures";

test("the share dialog exports the filtered milestones and the chart's figures as CSV, and the panels as PNG", async ({
  page,
}) => {
  await page.goto("./?cat=energy&from=2006");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  const shown = await page.locator("[data-milestone-id]").count();
  await page.getByRole("button", { name: "Share and export" }).click();
  const dialog = page.getByRole("dialog", { name: "Share and export this view" });
  await expect(dialog.getByRole("textbox", { name: "Permalink to this view" })).toHaveValue(
    /\?from=2006&cat=energy&v=2$/,
  );

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Milestones as CSV" }).click(),
  ]);
  const lines = readFileSync((await csv.path())!, "utf8")
    .trim()
    .split("\r\n");
  expect(lines[0]).toMatch(
    /^\uFEFF?"Iceberg, Diplomatic milestones \(2006–2025 · Energy\), http.*accessed \d{4}-\d{2}-\d{2}"$/,
  );
  expect(lines[1]).toContain("id,date_start,date_end,precision,category");
  expect(lines.length - 2).toBe(shown);

  const [series] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Chart figures as CSV" }).click(),
  ]);
  expect(readFileSync((await series.path())!, "utf8")).toContain("oil-share");

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Diplomatic milestones as PNG" }).click(),
  ]);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");

  await dialog.getByRole("radio", { name: /Pinned/ }).check();
  await expect(dialog.getByRole("textbox", { name: "Embed code: Trade and arms" })).toHaveValue(
    /dv=[0-9a-f]{8}/,
  );
  await expect(
    dialog
      .getByRole("textbox", { name: "Cite this view" })
      .or(dialog.getByRole("textbox", { name: "Citation" })),
  ).toHaveValue(/accessed \d{4}-\d{2}-\d{2}/);
});

test("printing keeps the panels, the filters as text, a citation and the credits, without the controls", async ({
  page,
}) => {
  await page.goto("./?from=2006&to=2016");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(
    page.getByText(
      /^Cite as: Iceberg, .*\(2006–2016\), http.*from=2006&to=2016.*, accessed \d{4}-\d{2}-\d{2}$/,
    ),
  ).toBeVisible();
  await expect(page.getByText("Active filters: 2006–2016")).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove filter: 2006–2016" })).toBeHidden();
  await expect(page.getByRole("slider", { name: "From year" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Data credits" })).toBeVisible();
  for (const name of ["Trade and arms", "Energy flows", "Diplomatic milestones"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
});

let server: Server;
let base = "";
const DIST = resolve(import.meta.dirname, "../../dist");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith("/some/sub/path/")) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const file = path.slice("/some/sub/path/".length) || "index.html";
    try {
      res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
      res.end(readFileSync(resolve(DIST, file)));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/some/sub/path/`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test("the built site works from a sub-path of a plain static host", async ({ page }) => {
  await page.goto(`${base}?f=btc&lang=zh`);
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  await expect(page.locator('[data-feature-id="btc"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
});
