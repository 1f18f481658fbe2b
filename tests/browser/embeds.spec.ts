import type { Server } from "node:http";
import type { FrameLocator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hostPageHtml, serveHostPage } from "./host-page";

const APP = `http://127.0.0.1:${process.env.ICEBERG_PORT ?? 4173}/`;
let server: Server;
let host: string;

test.beforeAll(async () => {
  ({ server, url: host } = await serveHostPage(
    hostPageHtml(APP, [
      { panel: "trade", query: "group=story1" },
      { panel: "milestones", query: "group=story1" },
      { panel: "milestones", query: "group=other" },
    ]),
  ));
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const frame = (page: Page, index: number): FrameLocator => page.frameLocator("iframe").nth(index);
const years = (f: FrameLocator) =>
  f
    .locator("[data-milestone-id] time")
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute("datetime")?.slice(0, 4))));

test("two embeds in one group size themselves and cross-filter; another group does not follow", async ({
  page,
}) => {
  await page.goto(host);
  const [chart, list, other] = [frame(page, 0), frame(page, 1), frame(page, 2)];
  await expect(list.locator("[data-milestone-id]").first()).toBeVisible();
  await expect(chart.getByRole("region", { name: "Trade and arms" })).toBeVisible();
  await expect
    .poll(() =>
      page
        .locator("iframe")
        .nth(1)
        .evaluate((el) => el.getBoundingClientRect().height),
    )
    .toBeGreaterThan(400);
  await expect
    .poll(() =>
      page
        .locator("iframe")
        .nth(0)
        .evaluate((el) => el.getBoundingClientRect().height),
    )
    .toBeGreaterThan(400);

  const all = await list.locator("[data-milestone-id]").count();
  const to = chart.getByRole("slider", { name: "To year" });
  await to.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await expect(to).toHaveValue("2015");
  await expect.poll(async () => Math.max(...(await years(list)))).toBeLessThanOrEqual(2015);
  expect(await list.locator("[data-milestone-id]").count()).toBeLessThan(all);
  expect(await other.locator("[data-milestone-id]").count()).toBe(all);
});

test("the host page's forged or malformed messages change nothing; valid ones are obeyed", async ({
  page,
}) => {
  await page.goto(host);
  const list = frame(page, 1);
  await expect(list.locator("[data-milestone-id]").first()).toBeVisible();
  const all = await list.locator("[data-milestone-id]").count();
  await page.evaluate(() => {
    const target = document.querySelectorAll("iframe")[1]?.contentWindow;
    target?.postMessage(
      { source: "iceberg", type: "setState", state: { from: "1990; drop table", cat: ["nope"] } },
      "*",
    );
    target?.postMessage({ source: "evil", type: "setState", state: { cat: ["energy"] } }, "*");
    target?.postMessage({ type: "setTheme", theme: "dark" }, "*");
    target?.postMessage("not even an object", "*");
    // Messages arrive in the order they were sent: once this one is obeyed, the ones above were handled.
    target?.postMessage({ source: "iceberg", type: "setLang", lang: "he" }, "*");
  });
  await expect(list.locator("html")).toHaveAttribute("lang", "he");
  expect(await list.locator("[data-milestone-id]").count()).toBe(all);
  await expect(list.locator("html")).not.toHaveAttribute("data-theme", "dark");

  await page.evaluate(() => {
    const target = document.querySelectorAll("iframe")[1]?.contentWindow;
    target?.postMessage({ source: "iceberg", type: "setState", state: { cat: ["energy"] } }, "*");
    target?.postMessage({ source: "iceberg", type: "setTheme", theme: "dark" }, "*");
  });
  await expect.poll(() => list.locator("[data-milestone-id]").count()).toBeLessThan(all);
  await expect(list.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the milestones embed downloads neither Recharts nor Leaflet, and links to the full view", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push(response.url());
  });
  await page.goto(`${APP}?embed=milestones&from=2006&lang=he`);
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  expect(scripts.some((url) => /trade-arms-charts|energy-map/.test(url))).toBe(false);
  const open = page.getByRole("link", { name: /Iceberg ↗/ });
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("href", /from=2006/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the milestones embed scrolls its list inside its panel, above the credits", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${APP}?embed=milestones`);
  const panel = page.getByRole("region", { name: "Diplomatic milestones" });
  await expect(panel.locator("[data-milestone-id]").first()).toBeVisible();
  const body = panel.locator(".panel__body");
  expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  // Nothing runs past the panel over the credits: the page is no taller than the frame.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
  const credit = (await page.getByText(/^Iceberg · Azerbaijan–Israel relations/).boundingBox())!;
  expect(credit.y).toBeGreaterThanOrEqual(await panel.evaluate((el) => el.getBoundingClientRect().bottom));
  await expect(panel.locator("[data-milestone-id]").last()).not.toBeInViewport();
});
