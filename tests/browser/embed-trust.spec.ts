import type { Server } from "node:http";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hostPageHtml, serveHostPage } from "./host-page";

const APP = `http://127.0.0.1:${process.env.ICEBERG_PORT ?? 4173}/`;

/** A frame of the host's own origin whose address names the group: it tries to join the conversation. */
const IMPOSTOR = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Impostor</title></head><body>
<script>
  window.received = [];
  addEventListener("message", (event) => window.received.push(event.data));
  const forge = () => {
    parent.postMessage({ source: "iceberg", type: "hello", panel: "milestones" }, "*");
    parent.postMessage({ source: "iceberg", type: "state", group: "story1",
      state: { from: 1991, to: 1995, cat: ["energy"], src: [], m: null, f: null, q: "" } }, "*");
    parent.postMessage({ source: "iceberg", type: "resize", panel: "milestones", height: 9999 }, "*");
  };
  forge();
  setInterval(forge, 200);
</script></body></html>`;

let server: Server;
let host: string;

test.beforeAll(async () => {
  const page = hostPageHtml(APP, [
    { panel: "trade", query: "group=story1" },
    { panel: "milestones", query: "group=story1" },
  ]).replace(
    "<script",
    `<iframe id="impostor" src="/impostor?embed=milestones&group=story1" title="impostor"></iframe><script`,
  );
  ({ server, url: host } = await serveHostPage(page, { "/impostor": IMPOSTOR }));
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const years = (page: Page) =>
  page
    .frameLocator("iframe")
    .nth(1)
    .locator("[data-milestone-id] time")
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute("datetime")?.slice(0, 4))));

test("embed.js relays only between verified Iceberg frames: an impostor frame naming the group is neither heard nor told", async ({
  page,
}) => {
  await page.goto(host);
  const chart = page.frameLocator("iframe").nth(0);
  const list = page.frameLocator("iframe").nth(1);
  await expect(list.locator("[data-milestone-id]").first()).toBeVisible();

  const to = chart.getByRole("slider", { name: "To year" });
  await to.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await expect(to).toHaveValue("2015");
  await expect.poll(async () => Math.max(...(await years(page)))).toBeLessThanOrEqual(2015);

  // The impostor's forged view (1991–1995, energy only) never reached the list, and no relay reached it.
  expect(Math.max(...(await years(page)))).toBeGreaterThan(1995);
  const impostor = page.frame({ url: /\/impostor/ });
  const received =
    (await impostor?.evaluate(() => (window as unknown as { received: unknown[] }).received)) ?? [];
  expect(received).toEqual([]);
  expect(await page.locator("#impostor").evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(
    9999,
  );
});

test("a host's setState goes through the URL's sanitiser, and 'Open in Iceberg' carries the current view", async ({
  page,
}) => {
  await page.goto(host);
  const list = page.frameLocator("iframe").nth(1);
  await expect(list.locator("[data-milestone-id]").first()).toBeVisible();
  await page.evaluate(() => {
    const target = document.querySelectorAll("iframe")[1]?.contentWindow;
    target?.postMessage(
      {
        source: "iceberg",
        type: "setState",
        state: {
          from: 2016,
          to: 2006,
          cat: ["energy", "energy", "arms"],
          src: ["no-such-doc"],
          m: "no-such-milestone",
        },
      },
      "*",
    );
  });
  const open = list.getByRole("link", { name: /Open in Iceberg/ });
  await expect(open).toHaveAttribute("href", /\?from=2006&to=2016&cat=arms,energy(&|$)/);
  await expect(open).not.toHaveAttribute("href", /no-such|embed=|group=/);
  await expect.poll(async () => Math.min(...(await years(page)))).toBeGreaterThanOrEqual(2006);

  await list.locator("[data-milestone-id]").first().click();
  await expect(open).toHaveAttribute("href", /[?&]m=[a-z0-9-]+/);
});
