import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ expectedErrors: [/Failed to load resource: net::ERR_FAILED/] });

/** Aborts every download of a code chunk (as offline or a flaky line would) until the network comes back. */
async function failChunk(page: Page, chunk: string) {
  let failing = true;
  let fetchedAfterRecovery = 0;
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), (route) => {
    if (failing) return route.abort();
    fetchedAfterRecovery += 1;
    return route.continue();
  });
  return {
    recover: () => {
      failing = false;
    },
    fetchedAfterRecovery: () => fetchedAfterRecovery,
  };
}

const region = (page: Page, name: string) => page.getByRole("region", { name });

for (const { chunk, panel, content } of [
  { chunk: "trade-arms-panel", panel: "Trade and arms", content: ".recharts-surface" },
  { chunk: "trade-arms-charts", panel: "Trade and arms", content: ".recharts-surface" },
  { chunk: "energy-panel", panel: "Energy flows", content: ".leaflet-container" },
  { chunk: "energy-map", panel: "Energy flows", content: ".leaflet-container" },
  { chunk: "milestones-panel", panel: "Diplomatic milestones", content: "[data-milestone-id]" },
]) {
  test(`a failed ${chunk} chunk shows a message in its panel, the others work, and Retry loads it`, async ({
    page,
  }) => {
    const network = await failChunk(page, chunk);
    await page.goto("./?from=2006&to=2016");
    const failed = region(page, panel);
    await expect(failed.getByRole("alert")).toContainText("could not be downloaded");
    for (const other of ["Trade and arms", "Energy flows", "Diplomatic milestones"].filter(
      (p) => p !== panel,
    )) {
      await expect(region(page, other).getByRole("alert")).toHaveCount(0);
    }
    await expect(region(page, "Diplomatic milestones").locator("[data-milestone-id]").first()).toBeVisible({
      visible: panel !== "Diplomatic milestones",
    });
    await page.getByRole("button", { name: "Energy", exact: true }).click();
    await expect(page).toHaveURL(/cat=energy/);

    network.recover();
    await failed.getByRole("button", { name: "Retry" }).click();
    await expect(failed.getByRole("alert")).toHaveCount(0);
    await expect(failed.locator(content).first()).toBeVisible();
    expect(network.fetchedAfterRecovery()).toBe(1);
  });
}

test("a failed dashboard chunk shows a message in its place, and Retry brings the dashboard", async ({
  page,
}) => {
  const network = await failChunk(page, "dashboard");
  await page.goto("./?cat=arms");
  await expect(page.getByRole("alert")).toContainText("This view could not be shown");
  network.recover();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(region(page, "Diplomatic milestones").locator("[data-milestone-id]").first()).toBeVisible();
  await expect(page).toHaveURL(/cat=arms/);
});

test("a failed presenter chunk keeps a way back: Escape, the Back button and Retry all work", async ({
  page,
}) => {
  const network = await failChunk(page, "presenter-view");
  await page.goto("./");
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("could not be downloaded");
  await page.keyboard.press("Escape");
  await expect(region(page, "Diplomatic milestones")).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);

  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("could not be downloaded");
  await page.getByRole("button", { name: "Back to the dashboard" }).click();
  await expect(region(page, "Diplomatic milestones")).toBeVisible();

  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("could not be downloaded");
  network.recover();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator(".presenter__caption")).not.toBeEmpty();
});

test("a failed embed chunk shows a message in the frame, and Retry shows the panel", async ({ page }) => {
  const network = await failChunk(page, "embed-view");
  await page.goto("./?embed=milestones");
  await expect(page.getByRole("alert")).toContainText("could not be downloaded");
  network.recover();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
});

test("after a redeploy removed the chunk, the page reloads once onto the new version", async ({ page }) => {
  let redeployed = false;
  await page.route(/\/assets\/dashboard-[\w-]+\.js$/, (route) =>
    redeployed ? route.continue() : route.abort(),
  );
  // The server now names a new entry script: the open tab's chunks are gone.
  await page.route(/\?version-check=/, async (route) => {
    const response = await route.fetch({ url: new URL("./", route.request().url()).href });
    const html = (await response.text()).replace(/assets\/index-[\w-]+\.js/, "assets/index-redeployed.js");
    redeployed = true;
    await route.fulfill({ response, body: html });
  });
  await page.goto("./?cat=trade");
  await page.waitForEvent("load");
  await expect(region(page, "Diplomatic milestones").locator("[data-milestone-id]").first()).toBeVisible();
  await expect(page).toHaveURL(/cat=trade/);
});
