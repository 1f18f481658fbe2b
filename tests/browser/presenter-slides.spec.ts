import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Milestone, SourceDoc, Story } from "@/data/schemas";
import { expect, test } from "./fixtures";
import { pointAtPresenterControls } from "./presenter-controls";

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data", file), "utf8")) as T;
const { stories } = read<{ stories: Story[] }>("stories.json");
const { milestones } = read<{ milestones: Milestone[] }>("milestones.json");
const { documents } = read<{ documents: SourceDoc[] }>("sources.json");

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

/** WCAG contrast ratio of an element's text against the slide's background. */
const contrast = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (value: string) => (value.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const [R, G, B] = [r, g, b].map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
      };
      const style = getComputedStyle(el);
      const text = luminance(rgb(el instanceof SVGElement ? style.fill : style.color));
      const background = luminance(rgb(getComputedStyle(document.body).backgroundColor));
      return (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
    });

test("every step of every story shows only parts with marks, its milestone with the original quote, in type for a room", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const story of stories) {
    for (const [index, step] of story.steps.entries()) {
      await page.goto(`./?present=1&story=${story.id}&step=${index + 1}`);
      const where = `${story.id} step ${index + 1}`;
      await expect(page.locator(".presenter__caption"), where).toHaveText(step.caption.en);

      const chart = page.getByRole("region", { name: "Trade and arms" });
      if ((await chart.count()) > 0) {
        await expect(chart.locator(".recharts-surface").first(), where).toBeVisible();
        const marks = chart.locator(
          ".bar-israel .recharts-rectangle, .bar-other .recharts-rectangle, .recharts-symbols, .window-line .recharts-line-curve",
        );
        expect(await marks.count(), `${where}: marks on the chart`).toBeGreaterThan(0);
        expect(
          await fontSize(page, ".slide-chart .recharts-cartesian-axis-tick-value"),
        ).toBeGreaterThanOrEqual(18);
        expect(await fontSize(page, ".slide-legend")).toBeGreaterThanOrEqual(18);
      }
      const map = page.getByRole("region", { name: "Energy flows" });
      if ((await map.count()) > 0) {
        await expect(
          map.locator(".place-dot.is-highlighted, .flow-line.is-highlighted").first(),
          `${where}: the map shows the step's place or line`,
        ).toBeVisible();
      }

      const milestone = milestones.find((m) => m.id === step.view.m);
      const card = page.getByRole("article", { name: "Milestone detail" });
      if (milestone) {
        await expect(card.getByRole("heading", { name: milestone.title.en }), where).toBeVisible();
        const first = milestone.sources[0]!;
        const language = documents.find((d) => d.id === first.doc)?.language;
        // The quote as its reader reads it: the display text where the PDF extract's word order is scrambled.
        await expect(card.locator(`blockquote[lang="${language}"]`).first(), where).toContainText(
          (first.display ?? first.quote).slice(0, 12),
        );
        await expect(card.locator(".slide-milestone__source").first()).toBeVisible();
        expect(await fontSize(page, ".slide-milestone blockquote")).toBeGreaterThanOrEqual(24);
      }
      expect(await fontSize(page, ".presenter__caption")).toBeGreaterThanOrEqual(24);
      expect(await contrast(page, ".presenter__caption")).toBeGreaterThanOrEqual(7);
    }
  }
});

test("the first story's opening steps: no empty chart for a diplomatic event, a chart and map where there are figures", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("./?present=1&story=recognition-to-embassy&step=1");
  await expect(page.getByRole("article", { name: "Milestone detail" })).toContainText(
    "Israel recognises Azerbaijan's independence",
  );
  await expect(page.getByRole("region", { name: "Trade and arms" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Energy flows" })).toHaveCount(0);

  await page.goto("./?present=1&story=oil-for-arms&step=3");
  const chart = page.getByRole("region", { name: "Trade and arms" });
  await expect(chart.getByText("Arms deals reported in US$")).toBeVisible();
  await expect(chart.getByText("1,600")).toBeVisible();
  // Zoomed to the step's years: the axis starts at 2009 and ends at 2013.
  await expect(
    chart
      .locator(".recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^2009$/ })
      .first(),
  ).toBeVisible();
  await expect(
    chart.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /^1991$/ }),
  ).toHaveCount(0);
  // The 2012 milestone's line stands on 2012, where that year's marks stand.
  const tick = (await chart
    .locator(".recharts-cartesian-axis-tick-value")
    .filter({ hasText: /^2012$/ })
    .first()
    .boundingBox())!;
  const line = (await chart.locator(".milestone-line line").first().boundingBox())!;
  expect(Math.abs(line.x + line.width / 2 - (tick.x + tick.width / 2))).toBeLessThan(3);
});

test("a slide's chart and map are drawn in the slide's colours, not the libraries' defaults, with each place named on one line", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("./?present=1&story=oil-for-arms&step=3");
  const chart = page.getByRole("region", { name: "Trade and arms" });
  // The slide's background is black: a bar left unstyled by the presenter is black, that is, unseen.
  const bar = chart.locator(".bar-other .recharts-rectangle").first();
  await expect(bar).toBeVisible();
  expect(await bar.evaluate((el) => getComputedStyle(el).fill)).not.toBe("rgb(0, 0, 0)");

  await page.goto("./?present=1&story=oil-for-arms&step=1");
  const label = page.locator(".place-label span").filter({ hasText: "Baku" });
  await expect(label).toBeVisible();
  const { height, lineHeight } = await label.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    lineHeight:
      Number.parseFloat(getComputedStyle(el).lineHeight) ||
      Number.parseFloat(getComputedStyle(el).fontSize) * 1.5,
  }));
  expect(height).toBeLessThan(lineHeight * 2);
  // Leaflet's default path fill is #3388ff; the slide's land is its own.
  const land = await page
    .locator(".basemap-country")
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(land).not.toBe("rgb(51, 136, 255)");
});

test("a slide quotes the Hebrew paper in its readable word order, right to left, not the PDF extract's", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const step = stories
    .find((s) => s.id === "iran-factor")
    ?.steps.findIndex((s) => s.view.m === "iran-border-exercises-2021-2022");
  expect(step).toBeGreaterThanOrEqual(0);
  await page.goto(`./?present=1&story=iran-factor&step=${(step ?? 0) + 1}`);
  const quote = page.getByRole("article", { name: "Milestone detail" }).locator('blockquote[lang="he"]');
  await expect(quote).toContainText("שהיה הפעם הראשונה מאז עצמאות אזרבייג'ן שאיראן ערכה תרגיל");
  await expect(quote).not.toContainText("שאיראהפעם");
  await expect(quote).toHaveAttribute("dir", "rtl");
});

test("the controls sit in the title bar, never over the caption, and Fullscreen fills the screen", async ({
  page,
}) => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.goto("./?present=1&story=oil-for-arms&step=2");
    await expect(page.locator(".presenter__caption")).toBeVisible();
    const controls = await pointAtPresenterControls(page);
    const a = (await controls.boundingBox())!;
    const b = (await page.locator(".presenter__caption").boundingBox())!;
    expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    expect(b.y + b.height).toBeLessThanOrEqual(size.height);
  }
  const fullscreen = page.getByRole("button", { name: "Full screen" });
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute("aria-pressed", "false");
});

test("presenting works with the network gone once the dashboard has loaded", async ({ page, context }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("./");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  // Once the reader is there (here, the pointer moves), the presenter's code and every dataset a
  // story needs are fetched while the dashboard idles.
  await page.mouse.move(400, 300);
  await expect
    .poll(() =>
      page.evaluate(() =>
        ["presenter-view", "slide-chart", "energy-map", "stories.json", "trade-arms.json"].every((name) =>
          performance.getEntriesByType("resource").some((entry) => entry.name.includes(name)),
        ),
      ),
    )
    .toBe(true);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.locator(".presenter__caption")).toHaveText(stories[0]!.steps[0]!.caption.en);
  for (let step = 2; step <= 5; step++) await page.keyboard.press("PageDown");
  await expect(page.locator(".presenter__caption")).toHaveText(stories[0]!.steps[4]!.caption.en);
  await expect(
    page.getByRole("region", { name: "Trade and arms" }).locator(".recharts-symbols").first(),
  ).toBeVisible();
  await page.getByRole("combobox", { name: "Story" }).selectOption("oil-for-arms");
  await expect(page.locator(".presenter__caption")).toHaveText(stories[1]!.steps[0]!.caption.en);
  await expect(page.locator("path.flow-line").first()).toBeVisible();
  await context.setOffline(false);
});

test("axe: presenter mode in its high-contrast theme has no WCAG 2.2 AA violations on any step", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const story of stories) {
    for (let step = 1; step <= story.steps.length; step++) {
      await page.goto(`./?present=1&story=${story.id}&step=${step}`);
      await expect(page.locator(".presenter__caption")).not.toBeEmpty();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "contrast");
      if (await page.locator(".slide__part--chart").count())
        await expect(page.locator(".slide-chart .recharts-surface").first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        results.violations.map((v) => `${story.id} ${step} ${v.id}: ${v.nodes[0]?.target.join(" ")}`),
      ).toEqual([]);
    }
  }
});
