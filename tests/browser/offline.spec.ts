import { expect, test } from "./fixtures";

test.use({ serviceWorkers: "allow" });

test("after one visit, a reload with no network shows the whole dashboard, presents, embeds and switches language", async ({
  page,
  context,
}) => {
  await page.goto("./?from=2006&to=2016");
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  // Installed means precached: the service worker activates only once its precache is complete.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole("region", { name: "Diplomatic milestones" }).locator("[data-milestone-id]").first(),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Trade and arms" }).locator(".recharts-surface").first(),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Energy flows" }).locator(".leaflet-container path").first(),
  ).toBeAttached();
  await expect(page.getByText(/^Data as of /)).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.locator(".presenter__caption")).not.toBeEmpty();
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press("Escape");

  await page.getByRole("combobox", { name: "Language" }).selectOption("he");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("region", { name: "אבני דרך דיפלומטיות" })).toBeVisible();

  await page.goto("./?embed=energy&lang=fa");
  await expect(page.locator(".leaflet-container path").first()).toBeAttached();
  await expect(page.getByRole("alert")).toHaveCount(0);

  // A milestone's summary and quotes are a file of their own, loaded when it opens: precached too.
  await page.goto("./?embed=milestones&m=btc-inauguration");
  await expect(page.locator(".milestone-detail .citation").first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
