import { expect, type Page } from "@playwright/test";

/** Rests the pointer on the presenter's controls, as a user reaching for a button does, until they show. */
export async function pointAtPresenterControls(page: Page) {
  const controls = page.getByRole("navigation", { name: "Presenter controls" });
  await expect(async () => {
    const box = (await controls.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.move(box.x + 6, box.y + 6);
    await expect(controls).toHaveCSS("opacity", "1", { timeout: 1000 });
  }).toPass();
  return controls;
}
