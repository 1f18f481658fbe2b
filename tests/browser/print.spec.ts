import { expect, test } from "./fixtures";

test("on paper the charts scale to the page width and the map is redrawn whole at page size, with the milestone's detail and no controls", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./?from=2010&to=2018&cat=arms,energy&m=iai-deal-2012");
  await expect(page.locator("path.flow-line").first()).toBeVisible();
  await expect(page.locator(".trade-chart .recharts-surface").first()).toBeVisible();
  // The map flies to the selected milestone as the page opens: print the view it settles on.
  const firstLine = page.locator("path.flow-line").first();
  await expect
    .poll(async () => {
      const before = await firstLine.boundingBox();
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return JSON.stringify(before) === JSON.stringify(await firstLine.boundingBox());
    })
    .toBe(true);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));

  // The charts were laid out for the screen; on paper each is sized by its column, its drawing scaled with it.
  for (const surface of await page.locator(".trade-chart svg.recharts-surface").all()) {
    const fit = await surface.evaluate((svg) => ({
      viewBox: svg.getAttribute("viewBox"),
      width: svg.getBoundingClientRect().width,
      column: (svg.closest(".trade-chart") as HTMLElement).getBoundingClientRect().width,
    }));
    expect(fit.viewBox).toMatch(/^0 0 \d+/);
    expect(fit.width).toBeLessThanOrEqual(fit.column + 1);
  }

  const map = page.locator(".leaflet-container");
  expect((await map.boundingBox())!.width).toBe(660);
  // The lines to Israel stay wholly on the page (context lines run on beyond the region, as on screen).
  // Leaflet settles its view after the resize, and the charts above re-measure for paper and move the
  // map down the page (both slowly on a busy machine): wait until the lines sit inside the map's box.
  await expect
    .poll(
      async () => {
        const box = (await map.boundingBox())!;
        for (const line of await page.locator("path.flow-line--flow").all()) {
          const shape = (await line.boundingBox())!;
          if (shape.x < box.x - 1 || shape.x + shape.width > box.x + box.width + 1) return false;
          if (shape.y + shape.height > box.y + box.height + 1) return false;
        }
        return true;
      },
      { timeout: 30_000 },
    )
    .toBe(true);

  await expect(page.getByRole("article", { name: "Milestone detail" })).toContainText(
    "Israel Aerospace Industries",
  );
  await expect(page.getByText("Active filters: 2010–2018 · Arms · Energy · Milestone:")).toBeVisible();
  for (const name of ["Close", "Reset", "Share and export", "Present", "Add this view to a story"])
    await expect(page.getByRole("button", { name, exact: true })).toBeHidden();
  await expect(page.getByText("×", { exact: true }).filter({ visible: true })).toHaveCount(0);

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  // Back on screen, the map takes its column's size again.
  expect(await map.evaluate((el) => (el as HTMLElement).style.width)).toBe("");

  for (const format of ["A4", "Letter"])
    for (const landscape of [false, true]) {
      const pdf = await page.pdf({ format, landscape, printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    }
});

test("printed from a phone before the reader scrolled to it, the map is drawn at page size", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  await expect(page.locator(".trade-chart .recharts-surface").first()).toBeVisible();
  const energy = page.getByRole("region", { name: "Energy flows" });
  await expect(energy.locator(".leaflet-container")).toHaveCount(0);
  // The reader's first move readies the map's code: Leaflet, once run, names itself window.L.
  await page.mouse.move(200, 200);
  await page.waitForFunction(() => "L" in window);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  // Drawn within the print's own event: no later render could reach the paper.
  const map = energy.locator(".leaflet-container");
  expect((await map.boundingBox())?.width).toBe(660);
  // The lines to Israel sit wholly inside it once Leaflet has settled its view at that size.
  await expect
    .poll(async () => {
      const box = (await map.boundingBox())!;
      const lines = await energy.locator("path.flow-line--flow").all();
      const shapes = await Promise.all(lines.map(async (line) => (await line.boundingBox())!));
      return (
        shapes.length > 0 &&
        shapes.every((shape) => shape.x >= box.x - 1 && shape.x + shape.width <= box.x + box.width + 1)
      );
    })
    .toBe(true);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  expect(await map.evaluate((el) => (el as HTMLElement).style.width)).toBe("");
});
