import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 300) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("never reached the target with Tab");
}

// A keyboard-only journey tabs through every control of three panels: more steps than the default allows.
test.describe.configure({ timeout: 60_000 });

async function expectFocusRing(target: Locator) {
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
}

test("the analyst's question, keyboard only, in Persian", async ({ page }) => {
  await page.goto("./?lang=fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const list = page.locator("[data-milestone-id]");
  await expect(list.first()).toBeVisible();

  const from = page.locator(".filter-bar input[type=range]").first();
  await tabTo(page, from);
  await page.keyboard.press("End");
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/from=2015/);

  const arms = page.locator(".filter-bar .chip--toggle.cat-arms");
  await tabTo(page, arms);
  await expectFocusRing(arms);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/cat=arms/);

  const share = page.locator('[data-milestone-id="israel-arms-share-of-azerbaijan-imports"] button');
  await tabTo(page, share);
  await expectFocusRing(share);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/m=israel-arms-share-of-azerbaijan-imports/);
  const detail = page.locator(".milestone-detail");
  await expect(detail).toBeVisible();
  await expect(detail.locator(".disputed")).toBeVisible();
  expect(await detail.locator(".citation").count()).toBeGreaterThan(1);
});

test("a map feature can be chosen with the keyboard", async ({ page }) => {
  await page.goto("./?lang=fa");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  const btc = page.locator('[data-feature-id="btc"]');
  await tabTo(page, btc);
  await expectFocusRing(btc);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/f=btc/);
});

test("the share dialog opens from the keyboard and closes with Escape", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  const open = page.getByRole("button", { name: "Share and export" });
  await tabTo(page, open);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Share and export this view" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Embed code: Energy flows" })).toHaveValue(/embed=energy/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("under reduced motion the flows stop and static arrows show direction", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ reducedMotion: "reduce", baseURL });
  const page = await context.newPage();
  await page.goto("./");
  const btcLine = page.locator("path.flow-line--flow.flow-line--operating").first();
  await expect(btcLine).toBeVisible();
  expect(await btcLine.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
  await expect(page.locator(".flow-arrow").first()).toBeVisible();
  await context.close();
});

test("with motion allowed the flows are animated", async ({ page }) => {
  await page.goto("./");
  const btcLine = page.locator("path.flow-line--flow.flow-line--operating").first();
  await expect(btcLine).toBeVisible();
  expect(await btcLine.evaluate((el) => getComputedStyle(el).animationName)).toBe("flow-dash");
});
