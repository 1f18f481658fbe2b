import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const region = (page: Page, name: string) => page.getByRole("region", { name });
const trade = (page: Page) => region(page, "Trade and arms");
const list = (page: Page) => region(page, "Diplomatic milestones");
const energy = (page: Page) => region(page, "Energy flows");
const armsPlot = (page: Page) => page.getByRole("slider", { name: "Arms deliveries to Azerbaijan" });
const tooltip = (page: Page) => page.getByRole("tooltip");

/** The page x of a year on a chart, read from its axis ticks rather than from assumed margins. */
async function yearX(plot: Locator, year: number): Promise<number> {
  const tick = async (label: string) => {
    const box = await plot.locator(".axis-tick", { hasText: label }).first().boundingBox();
    if (!box) throw new Error(`no tick ${label}`);
    return box.x + box.width / 2;
  };
  const [a, b] = [await tick("1991"), await tick("2025")];
  return a + ((year - 1991) / (2025 - 1991)) * (b - a);
}

async function hoverYear(page: Page, plot: Locator, year: number) {
  const box = (await plot.boundingBox())!;
  await page.mouse.move(await yearX(plot, year), box.y + box.height / 2);
}

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the three panels share the first screen and a brush moves the others`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto("./");
    await expect(armsPlot(page).locator(".recharts-surface")).toBeVisible();
    for (const panel of [trade(page), energy(page), list(page)]) {
      const box = (await panel.boundingBox())!;
      const visible = Math.min(box.y + box.height, height) - Math.max(box.y, 0);
      expect(visible).toBeGreaterThanOrEqual(250);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    const plot = armsPlot(page);
    const box = (await plot.boundingBox())!;
    await page.mouse.move(await yearX(plot, 2006), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(await yearX(plot, 2011), box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(await yearX(plot, 2016), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=2006&to=2016/);
    // The list follows the brush in a render of its own, right after the brush's own paint.
    const listedYears = () =>
      list(page)
        .locator("[data-milestone-id] time")
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute("datetime")?.slice(0, 4))));
    await expect.poll(async () => Math.min(...(await listedYears()))).toBeGreaterThanOrEqual(2006);
    expect(Math.max(...(await listedYears()))).toBeLessThanOrEqual(2016);
    await expect(energy(page).locator('[data-feature-id="tanap"]')).toHaveAttribute("data-dimmed", "true");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test("the chart tooltip lists only the hovered year's marks, with their sources", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./");
  const plot = armsPlot(page);
  await expect(plot.locator(".recharts-surface")).toBeVisible();
  await hoverYear(page, plot, 2016);
  await expect(tooltip(page)).toContainText("2016");
  await expect(tooltip(page)).toContainText("250 TIV m");
  await hoverYear(page, plot, 2009);
  await expect(tooltip(page).locator(".chart-tooltip__year")).toHaveText("2009");
  await expect(tooltip(page)).not.toContainText("2016");
  await expect(tooltip(page)).not.toContainText("250 TIV m");
  await expect(tooltip(page)).toContainText("SIPRI");
  const rows = await tooltip(page).locator("li").allTextContents();
  expect(new Set(rows).size).toBe(rows.length);

  const shares = page.getByRole("slider", { name: /^Shares/ });
  await hoverYear(page, shares, 2016);
  await expect(tooltip(page)).toContainText("2016");
  await expect(tooltip(page)).not.toContainText("40%");
  await hoverYear(page, shares, 2013);
  await expect(tooltip(page)).toContainText("Share of Azerbaijan's oil exported to Israel (as worded)");
  await expect(tooltip(page)).toContainText("Chinese Wikipedia");
});

test("the keyboard reads the chart year by year, with the same tooltip", async ({ page }) => {
  await page.goto("./?from=2016&to=2020");
  const plot = armsPlot(page);
  await expect(plot.locator(".recharts-surface")).toBeVisible();
  await plot.focus();
  await page.keyboard.press("ArrowRight");
  await expect(tooltip(page).locator(".chart-tooltip__year")).toHaveText("2016");
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowLeft");
  await expect(tooltip(page).locator(".chart-tooltip__year")).toHaveText("2009");
  await expect(tooltip(page)).not.toContainText("2016");
  await expect(plot).toHaveAttribute("aria-valuetext", /^2009\. /);
  await expect(list(page).locator(".milestone-year[data-highlighted]")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(tooltip(page)).toBeHidden();
});

test("in the chart embed the tooltip follows the pointer and the keyboard the same way", async ({ page }) => {
  await page.goto("./?embed=trade");
  const plot = armsPlot(page);
  await expect(plot.locator(".recharts-surface")).toBeVisible();
  await hoverYear(page, plot, 2016);
  await expect(tooltip(page).locator(".chart-tooltip__year")).toHaveText("2016");
  await hoverYear(page, plot, 2009);
  await expect(tooltip(page).locator(".chart-tooltip__year")).toHaveText("2009");
  await expect(tooltip(page)).not.toContainText("250 TIV m");
  await plot.focus();
  await page.keyboard.press("End");
  await expect(tooltip(page).locator(".chart-tooltip__year")).toHaveText("2025");
});

test("hovering a year scrolls the list to it; hovering a line highlights its milestones and years", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./");
  const plot = armsPlot(page);
  await expect(plot.locator(".recharts-surface")).toBeVisible();
  await hoverYear(page, plot, 2016);
  const year = list(page).locator('.milestone-year[data-year="2016"]');
  await expect(year).toHaveAttribute("data-highlighted", "true");
  await expect(year).toBeInViewport();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");

  await page.mouse.move(0, 0);
  await energy(page).locator('[data-feature-id="btc"]').hover();
  await expect(list(page).locator('[data-milestone-id="btc-inauguration"]')).toHaveAttribute(
    "data-highlighted",
    "true",
  );
  await expect(trade(page).locator(".feature-year").first()).toBeAttached();
});

test("selecting a pipeline shows its facts from the data", async ({ page }) => {
  await page.goto("./");
  await energy(page).locator('[data-feature-id="btc"]').click();
  const card = energy(page).getByRole("article", { name: /About Baku–Tbilisi–Ceyhan/ });
  await expect(card).toContainText("Opened");
  await expect(card).toContainText("2006");
  await expect(card).toContainText("1,768 km");
  await expect(card).toContainText("1,200 kb/d");
  await expect(card).toContainText("BP Azerbaijan");
  await card.getByRole("button", { name: "Close" }).click();
  await expect(page).not.toHaveURL(/f=btc/);
});

test("a place with no milestone in the view says so and cannot empty the list", async ({ page }) => {
  await page.goto("./?from=1991&to=1995");
  await energy(page)
    .getByText(/^Places \(\d+\)$/)
    .click();
  const places = energy(page).locator(".feature-button--place");
  await expect(places.first()).toBeVisible();
  const empty = places.filter({ hasText: "no milestones in this view" });
  expect(await empty.count()).toBeGreaterThan(0);
  await expect(empty.first()).toBeDisabled();
  await expect(places.filter({ hasText: "milestones in this view: " }).first()).toBeEnabled();
});

test("Play sweeps a five-year window through the years as one history entry", async ({ page }) => {
  const start = Date.now();
  await page.clock.install({ time: start });
  await page.goto("./?cat=energy");
  await expect(list(page).locator("[data-milestone-id]").first()).toBeVisible();
  // From here on, time moves only when the test moves it.
  await page.clock.pauseAt(start + 60_000);
  await trade(page).getByRole("button", { name: "Play the years" }).click();
  await expect(page).toHaveURL(/from=1991&to=1995/);
  await page.clock.runFor(1200 * 10);
  await expect(page).toHaveURL(/from=2001&to=2005/);
  await trade(page).getByRole("button", { name: "Pause" }).click();
  await page.clock.runFor(1200 * 3);
  await expect(page).toHaveURL(/from=2001&to=2005/);
  await page.goBack();
  await expect(page).toHaveURL(/\?cat=energy&v=2$/);
});

test("search finds English word forms and marks the matches", async ({ page }) => {
  await page.goto("./");
  const search = page.getByRole("searchbox", { name: "Search milestones" });
  await search.fill("Jews");
  await expect(list(page).locator("mark").first()).toBeVisible();
  await expect(list(page).locator("mark").first()).toHaveText(/^Jew/);
  await search.fill("embassies");
  await expect(list(page).locator("[data-milestone-id]").first()).toBeVisible();
  await expect(
    list(page)
      .locator("mark", { hasText: /embass/i })
      .first(),
  ).toBeVisible();
});

test("search in Hebrew and Chinese finds the records whose text in that language matches", async ({
  page,
}) => {
  await page.goto("./?lang=he");
  await page.getByRole("searchbox").fill("שגרירות");
  await expect(page.locator('[data-panel="milestones"] mark').first()).toHaveText("שגרירות");
  await page.goto("./?lang=zh");
  await page.getByRole("searchbox").fill("大使馆");
  await expect(page.locator('[data-panel="milestones"] mark').first()).toHaveText("大使馆");
});

test("on a phone the panels stack, the filters fold into one button and the summary stays in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./?from=2006&to=2016");
  const filters = page.getByRole("button", { name: /^Filters/ });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("slider", { name: "From year" })).toBeHidden();
  await filters.click();
  await expect(page.getByRole("slider", { name: "From year" })).toBeVisible();
  await filters.click();
  await list(page).scrollIntoViewIfNeeded();
  await expect(page.locator(".filter-summary")).toBeInViewport();
  const overflowing = await page
    .locator("button")
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => b.checkVisibility() && b.scrollWidth > b.clientWidth + 1)
        .map((b) => b.textContent),
    );
  expect(overflowing).toEqual([]);
});

test("on a phone nothing on screen moves when a late panel arrives above the others", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const held: (() => Promise<void>)[] = [];
  await page.route("**/data/trade-arms.json", (route) => {
    held.push(() => route.continue());
  });
  await page.addInitScript(() => {
    const page = window as unknown as { shifted: number };
    page.shifted = 0;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) page.shifted += (entry as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("./");
  await expect(energy(page).locator(".panel-summary")).toBeVisible();
  await expect(trade(page).getByText("Loading…")).toBeVisible();
  for (const release of held) await release();
  await page.unroute("**/data/trade-arms.json");
  await expect(armsPlot(page).locator(".recharts-surface")).toBeVisible();
  // Layout shifts are reported after the frame that made them.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.02);
});

test("on a phone the map is set up when the reader scrolls near it, not while the chart first draws", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  await expect(armsPlot(page).locator(".recharts-surface")).toBeVisible();
  await expect(list(page).locator("[data-milestone-id]").first()).toBeAttached();
  await expect(energy(page).locator(".leaflet-container")).toHaveCount(0);
  await energy(page).scrollIntoViewIfNeeded();
  await expect(energy(page).locator("path.flow-line").first()).toBeVisible();
});

test("the arms chart draws each year's stacked bar on its tick, in its key's colours", async ({ page }) => {
  await page.goto("./");
  const plot = armsPlot(page);
  await expect(plot.locator(".recharts-surface")).toBeVisible();
  const keyColour = (mark: string) =>
    trade(page)
      .locator(`.chart-key .legend-mark--${mark}`)
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  for (const mark of ["bar-israel", "bar-supplier-0", "bar-other"]) {
    const bars = plot.locator(`rect.${mark}`);
    await expect(bars.first()).toBeVisible();
    const fills = await bars.evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
    expect(new Set(fills), mark).toEqual(new Set([await keyColour(mark)]));
  }
  // 2016, Israel's peak year: its bar stands on the year's place on the axis.
  const centres = await plot
    .locator("rect.bar-israel")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((b) => b.x + b.width / 2));
  const x2016 = await yearX(plot, 2016);
  expect(Math.min(...centres.map((c) => Math.abs(c - x2016)))).toBeLessThan(1.5);
});

test("the chart's data table keeps years and words whole, and scrolls sideways inside its panel", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./?lang=en");
  await trade(page).getByText("Chart data as a table").click();
  const table = trade(page).getByRole("table", { name: /^Arms deliveries to Azerbaijan/ });
  const year = table.getByRole("cell", { name: "1992", exact: true });
  const header = table.getByRole("columnheader", { name: /^Azerbaijan's share of Israel's arms exports/ });
  // The lines a cell's text is set on: the body's overflow-wrap let a column shrink to one
  // character, and set "1992" on four.
  const lines = (cell: Locator) =>
    cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  expect(await lines(year)).toBe(1);
  expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const panel = await trade(page).boundingBox();
  const details = trade(page).locator("details.chart-data");
  expect(await details.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect((await details.boundingBox())?.width ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(
    panel?.width ?? 0,
  );
});
