import { expect, test } from "./fixtures";
import { pointAtPresenterControls } from "./presenter-controls";

test("presenter mode: a clicker steps through the story, controls appear on pointer movement, Escape leaves", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("./?present=1&story=iran-factor&step=1");
  const caption = page.locator(".presenter__caption");
  await expect(caption).toContainText("2008");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "contrast");
  await expect(page.getByText("Step 1 of 6")).toBeVisible();
  await expect(page.locator(".presenter__controls")).toHaveCSS("opacity", "0");

  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/step=2/);
  await expect(page).toHaveURL(/f=sitalchay/);
  await expect(caption).toContainText("Sitalchay");
  await expect(page.locator(".place-label")).toContainText("Sitalchay");

  await pointAtPresenterControls(page);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=3/);

  await page.goBack();
  await expect(page).toHaveURL(/step=2/);
  await expect(caption).toContainText("Sitalchay");

  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Diplomatic milestones" })).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
});

test("the controls stay while the pointer rests on them or the keyboard is in them, and fade once the pointer has moved off", async ({
  page,
}) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("./?present=1&story=iran-factor&step=2");
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  const controls = await pointAtPresenterControls(page);
  await page.clock.runFor(10_000);
  // The hide timer has run; the button under the resting pointer still takes the click.
  await expect(controls).not.toHaveAttribute("data-visible");
  await page.getByRole("button", { name: "Next" }).click({ timeout: 5000 });
  await expect(page.getByText("Step 3 of 6")).toBeVisible();

  await page.mouse.move(400, 500);
  await page.clock.runFor(10_000);
  await expect(controls).toHaveCSS("opacity", "0");

  // From the keyboard they stay for as long as focus is in them (no fade to wait out).
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.keyboard.press("Tab");
  await page.clock.runFor(10_000);
  await expect(controls).not.toHaveAttribute("data-visible");
  await expect(controls).toHaveCSS("opacity", "1");
});
