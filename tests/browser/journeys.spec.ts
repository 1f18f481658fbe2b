import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const list = (page: Page) => page.getByRole("region", { name: "Diplomatic milestones" });
const energy = (page: Page) => page.getByRole("region", { name: "Energy flows" });
const trade = (page: Page) => page.getByRole("region", { name: "Trade and arms" });
const milestoneYears = async (page: Page) =>
  list(page)
    .locator("[data-milestone-id] time")
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute("datetime")?.slice(0, 4))));

test("a permalink restores the view", async ({ page }) => {
  await page.goto("./?from=2006&to=2016&cat=energy&m=btc-inauguration&v=1");
  await expect(page.getByRole("slider", { name: "From year" })).toHaveValue("2006");
  await expect(page.getByRole("slider", { name: "To year" })).toHaveValue("2016");
  await expect(page.getByRole("button", { name: "Energy", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(list(page).getByRole("article", { name: "Milestone detail" })).toBeVisible();
  await expect(energy(page).locator('[data-feature-id="btc"]')).toHaveAttribute("data-highlighted", "true");
  // Only the charts with marks for the chosen categories are drawn; each marks the milestone.
  await expect(trade(page).locator(".recharts-surface").first()).toBeVisible();
  await expect(trade(page).locator(".milestone-line line")).toHaveCount(
    await trade(page).locator(".trade-chart").count(),
  );
  await expect(page.locator(".filter-summary")).toHaveText(/^2006–2016 · Energy · \d+ of \d+ milestones$/);
});

test("keying the year range narrows the list and dims lines not yet built", async ({ page }) => {
  await page.goto("./");
  await expect(list(page).locator("[data-milestone-id]").first()).toBeVisible();
  const before = await list(page).locator("[data-milestone-id]").count();
  const to = page.getByRole("slider", { name: "To year" });
  await to.focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press("ArrowLeft");
  await expect(to).toHaveValue("2010");
  await expect(page).toHaveURL(/to=2010/);
  // The list follows the range in a render of its own, right after the slider's own paint.
  await expect.poll(async () => Math.max(...(await milestoneYears(page)))).toBeLessThanOrEqual(2010);
  expect((await milestoneYears(page)).length).toBeLessThan(before);
  await expect(energy(page).locator('[data-feature-id="tanap"]')).toHaveAttribute("data-dimmed", "true");
  await expect(energy(page).locator("path.flow-line.is-dimmed").first()).toBeVisible();
});

test("brushing the chart sets the range", async ({ page }) => {
  await page.goto("./");
  const plot = trade(page).locator(".trade-charts");
  await expect(plot.locator(".recharts-surface").first()).toBeVisible();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + 100, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}&to=\d{4}/);
  const url = new URL(page.url());
  const from = Number(url.searchParams.get("from"));
  const to = Number(url.searchParams.get("to"));
  expect(to).toBeGreaterThan(from);
  // The list follows the brush in a render of its own, right after the brush's own paint.
  await expect
    .poll(async () => (await milestoneYears(page)).every((y) => y >= from - 10 && y <= to))
    .toBe(true);
  await expect(trade(page).locator(".brush-band").first()).toBeVisible();
});

test("selecting a milestone marks the chart and highlights the map", async ({ page }) => {
  await page.goto("./");
  await list(page).locator('[data-milestone-id="btc-inauguration"] button').click();
  await expect(page).toHaveURL(/m=btc-inauguration/);
  await expect(trade(page).locator(".milestone-line line")).toHaveCount(3);
  await expect(energy(page).locator("path.flow-line.is-highlighted").first()).toBeVisible();
  await expect(
    list(page).getByRole("article", { name: "Milestone detail" }).getByText("Original").first(),
  ).toBeVisible();
});

test("a milestone late in the timeline is labelled in full inside each chart", async ({ page }) => {
  await page.goto("./?cat=arms,energy&m=harop-drones");
  const labels = trade(page).locator(".milestone-line__label");
  // The charts are drawn together: once one carries its label, all of them are on the page to count.
  await expect(labels.first()).toBeVisible();
  await expect(labels).toHaveCount(await trade(page).locator(".trade-chart").count());
  for (const label of await labels.all()) {
    await expect(label).toHaveText("Selected milestone");
    const box = (await label.boundingBox())!;
    const plot = (await label
      .locator("xpath=ancestor::div[contains(@class, 'trade-chart__plot')]")
      .boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(plot.x);
    expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width);
  }
});

test("clicking BTC on the map narrows the list, and back restores the view", async ({ page }) => {
  await page.goto("./");
  await expect(list(page).locator("[data-milestone-id]").first()).toBeVisible();
  const all = await list(page).locator("[data-milestone-id]").count();
  await energy(page).locator('[data-feature-id="btc"]').click();
  await expect(page).toHaveURL(/f=btc/);
  await expect.poll(() => list(page).locator("[data-milestone-id]").count()).toBeLessThan(all);
  await expect(trade(page).locator(".feature-year").first()).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/f=btc/);
  await expect.poll(() => list(page).locator("[data-milestone-id]").count()).toBe(all);
});

test("a click on the BTC line itself selects it", async ({ page }) => {
  await page.goto("./");
  const line = energy(page).locator("path.flow-line--oil.flow-line--flow").first();
  await expect(line).toBeVisible();
  await line.dispatchEvent("click");
  await expect(page).toHaveURL(/f=/);
});

test("hovering a year on the chart highlights that year in the list", async ({ page }) => {
  await page.goto("./");
  const plot = trade(page).locator(".trade-charts");
  await expect(plot.locator(".recharts-surface").first()).toBeVisible();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.75, box.y + 120);
  await expect(list(page).locator(".milestone-year[data-highlighted]")).toHaveCount(1);
  await expect(trade(page).locator(".hover-line line").first()).toBeAttached();
});
