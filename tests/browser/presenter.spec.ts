import { expect, test } from "./fixtures";

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

  await page.mouse.move(400, 400);
  await page.mouse.move(500, 500);
  await expect(page.locator(".presenter__controls")).toHaveCSS("opacity", "1");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=3/);

  await page.goBack();
  await expect(page).toHaveURL(/step=2/);
  await expect(caption).toContainText("Sitalchay");

  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Diplomatic milestones" })).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
});
