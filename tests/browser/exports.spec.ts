import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { parseCsvRows } from "../../scripts/data-build/csv";
import { expect, test } from "./fixtures";

async function download(page: Page, name: string): Promise<Download> {
  const dialog = page.getByRole("dialog", { name: "Share and export this view" });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name }).click(),
  ]);
  return file;
}

const text = async (file: Download) => readFileSync((await file.path())!, "utf8");

/** Width and height from a PNG's header. */
const pngSize = async (file: Download) => {
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

test("the chart CSV of a filtered view holds that view's years, series and deals, each row with its source, after a citation", async ({
  page,
}) => {
  await page.goto("./?from=2010&to=2018&cat=arms&m=iai-deal-2012");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  await page.getByRole("button", { name: "Share and export" }).click();
  const file = await download(page, "Chart figures as CSV");
  expect(file.suggestedFilename()).toBe("iceberg-chart-2010-2018.csv");
  const [citation, header, ...rows] = parseCsvRows(await text(file));
  expect(citation).toHaveLength(1);
  expect(citation![0]).toMatch(
    /^Iceberg, Trade and arms \(2010–2018 · Arms · Milestone: \$1\.6 billion Israel Aerospace Industries deal with Azerbaijan\), http:\/\/127\.0\.0\.1:\d+\/\?from=2010&to=2018&cat=arms&m=iai-deal-2012&v=2, accessed \d{4}-\d{2}-\d{2}$/,
  );
  const col = (name: string) => header!.indexOf(name);
  for (const row of rows) {
    expect(Number(row[col("period_start")]!.slice(0, 4))).toBeLessThanOrEqual(2018);
    expect(Number(row[col("period_end")]!.slice(0, 4))).toBeGreaterThanOrEqual(2010);
    expect(row[col("series")]).toMatch(/^arms-/);
    expect(row[col("source")]).not.toBe("");
  }
  const years = rows.filter((r) => r[col("series")] === "arms-israel-tiv").map((r) => Number(r[col("year")]));
  expect(years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
  const deal = rows.find((r) => r[col("series")] === "arms-deal-reported" && r[col("year")] === "2012");
  expect(deal?.[col("value")]).toBe("1600");
  expect(deal?.[col("quotes")]).toContain("Israel Aerospace Industries");
  expect(rows.some((r) => r[col("series")] === "arms-deal-sipri")).toBe(true);
});

test("the milestones CSV lists what the list shows, with sources, after a citation", async ({ page }) => {
  await page.goto("./?from=2006&to=2016&cat=energy,security&src=en-wikipedia");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  const shown = await page
    .locator("[data-milestone-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-milestone-id")));
  await page.getByRole("button", { name: "Share and export" }).click();
  const [citation, header, ...rows] = parseCsvRows(await text(await download(page, "Milestones as CSV")));
  expect(citation![0]).toMatch(
    /^Iceberg, Diplomatic milestones \(2006–2016 · Energy · Security · English Wikipedia\), /,
  );
  expect(rows.map((r) => r[header!.indexOf("id")])).toEqual(shown);
  for (const row of rows) {
    expect(row[header!.indexOf("source")]).toContain("English Wikipedia");
    expect(["energy", "security"]).toContain(row[header!.indexOf("category")]);
  }
});

test("panel PNGs are whole at twice their size, and the chart SVG carries its title, legend, sources and footer as text", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./?cat=arms,energy");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  await expect(page.locator("path.flow-line").first()).toBeVisible();
  const list = page.getByRole("region", { name: "Diplomatic milestones" });
  // The list scrolls inside the panel's body, which fills its share of the screen.
  const box = await list.locator(".panel__body").evaluate((el) => ({
    width: el.clientWidth,
    height: el.clientHeight,
    full: el.scrollHeight,
  }));
  expect(box.full).toBeGreaterThan(box.height);
  await page.getByRole("button", { name: "Share and export" }).click();

  const milestones = await pngSize(await download(page, "Diplomatic milestones as PNG"));
  // Taller than the scrolling box it came from: the list is drawn out, not cut at the scrollbar.
  expect(milestones.height).toBeGreaterThan(box.height * 2);
  expect(milestones.width).toBeGreaterThanOrEqual(box.width * 2);
  await expect(page.locator("[data-exporting]")).toHaveCount(0);

  const energyWidth = await page
    .getByRole("region", { name: "Energy flows" })
    .evaluate((el) => el.clientWidth);
  const energy = await pngSize(await download(page, "Energy flows as PNG"));
  expect(energy.width).toBeGreaterThanOrEqual(Math.floor(energyWidth * 2));

  const svg = await text(await download(page, "Chart as SVG"));
  expect(svg).toContain("<title>Iceberg — Trade and arms</title>");
  for (const line of [
    "Iceberg — Trade and arms",
    "Arms · Energy",
    "Israel → Azerbaijan (SIPRI TIV)",
    "Israel's oil imports from Azerbaijan (%)",
    "Sources: SIPRI Arms Transfers Database",
    "SIPRI TIV is a volume index",
  ]) {
    expect(svg).toContain(`${line.replaceAll("&", "&amp;")}`);
  }
  expect(svg).not.toContain("Bilateral trade figures (US$ m)</text>");
  expect(svg).toMatch(
    /<text[^>]*>Iceberg, Trade and arms \(Arms · Energy\), http[^<]*accessed \d{4}-\d{2}-\d{2}<\/text>/,
  );
});

test("the chart SVG keeps the brush band and the selected milestone, its label painted over its halo", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./?from=2006&to=2014&cat=arms&m=harop-drones");
  await expect(page.locator(".milestone-line__label").first()).toBeVisible();
  await page.getByRole("button", { name: "Share and export" }).click();
  const svg = await text(await download(page, "Chart as SVG"));
  expect(svg).toContain('class="brush-band"');
  // Without paint-order the halo's stroke is drawn over the fill and the label disappears.
  expect(svg).toMatch(
    /<text[^>]*class="milestone-line__label"[^>]*paint-order="stroke[^>]*>Selected milestone<\/text>/,
  );
});
