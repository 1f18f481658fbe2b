import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pointAtPresenterControls } from "./presenter-controls";

const addView = async (page: Page, query: string) => {
  await page.goto(`./${query}`);
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
  await page.getByRole("button", { name: "Add this view to a story" }).click();
};

const openEditor = async (page: Page) => {
  await page.getByRole("button", { name: /^Your story \(\d+\)$/ }).click();
  return page.getByRole("dialog", { name: "Your story" });
};

test("a deck built in the dashboard: captions, reorder, delete, present with a clicker, and back", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await addView(page, "?from=2010&to=2013&cat=arms&m=iai-deal-2012");
  await expect(page.getByRole("status").filter({ hasText: "Added as step 1." })).toBeAttached();
  await addView(page, "?from=2005&to=2007&cat=energy&m=btc-inauguration&f=btc");
  await addView(page, "?from=1991&to=1992&cat=diplomacy");
  const editor = await openEditor(page);
  await expect(
    editor.getByRole("heading", { name: /^Step 2: 2005–2007 · Energy · Milestone: Baku–Tbilisi–Ceyhan/ }),
  ).toBeVisible();
  // A new step's caption starts as the view's description, for the user to rewrite.
  await expect(editor.getByRole("textbox", { name: "Caption for step 1" })).toHaveValue(
    /^2010–2013 · Arms · Milestone: /,
  );
  await editor.getByRole("textbox", { name: "Story title" }).fill("Pipelines, then drones");
  await editor.getByRole("textbox", { name: "Caption for step 1" }).fill("Then the $1.6 billion IAI deal.");
  await editor.getByRole("textbox", { name: "Caption for step 2" }).fill("First the pipeline.");
  await editor.getByRole("button", { name: "Move step 2 up" }).click();
  await editor.getByRole("button", { name: "Delete step 3" }).click();
  await expect(editor.getByRole("listitem")).toHaveCount(2);
  await expect(editor.getByRole("textbox", { name: "Caption for step 1" })).toHaveValue(
    "First the pipeline.",
  );

  const results = await new AxeBuilder({ page })
    .include(".deck-dialog")
    .withTags(["wcag2a", "wcag2aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await editor.getByRole("button", { name: "Present this story" }).click();
  await expect(page.getByRole("heading", { name: "Pipelines, then drones" })).toBeVisible();
  await expect(page.locator(".presenter__caption")).toHaveText("First the pipeline.");
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  await expect(page.locator(".place-label").filter({ hasText: "Ceyhan" })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page.locator(".presenter__caption")).toHaveText("Then the $1.6 billion IAI deal.");
  await expect(page).toHaveURL(/present=1&deck=1\.[A-Za-z0-9_-]+&step=2/);
  await expect(page.getByRole("region", { name: "Trade and arms" }).getByText("1,600")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Your story (2)" })).toBeVisible();
  await expect(page).not.toHaveURL(/deck=/);
});

test("a deck shared as a link opens with no server in a browser that never saw it, and can be taken into its editor", async ({
  page,
  browser,
}) => {
  await addView(
    page,
    "?from=2006&to=2024&cat=energy&m=israel-oil-share-from-azerbaijan&f=tanker-ceyhan-ashkelon",
  );
  await addView(page, "?from=2019&to=2021&cat=arms,security&m=harop-drones");
  const editor = await openEditor(page);
  await editor
    .getByRole("textbox", { name: "Caption for step 1" })
    .fill("Oil: about 40%, say three documents — «40%».");
  const link = await editor
    .getByRole("textbox", { name: "Link to this story (no server needed)" })
    .inputValue();
  expect(link).toMatch(/\?present=1&deck=1\.[A-Za-z0-9_-]+&step=1&v=2$/);

  const stranger = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await stranger.goto(link);
  await expect(stranger.locator(".presenter__caption")).toHaveText(
    "Oil: about 40%, say three documents — «40%».",
  );
  await expect(stranger.getByText("Step 1 of 2")).toBeVisible();
  await pointAtPresenterControls(stranger);
  await stranger.getByRole("button", { name: "Edit this story" }).click();
  await expect(stranger.getByRole("button", { name: "Your story (2)" })).toBeVisible();
  await stranger.close();
});

test("a damaged, oversized or expanding deck link is refused with a message", async ({ page }) => {
  await page.goto("./?present=1&deck=1.bm90LWRlZmxhdGU&step=1");
  await expect(page.getByRole("alert")).toHaveText(
    "This story link cannot be opened: it is damaged or is not a story.",
  );
  await page.goto(`./?present=1&deck=1.${"A".repeat(13_000)}`);
  await expect(page.getByRole("alert")).toHaveText(
    "This story link cannot be opened: it is larger than a story may be.",
  );
  const bomb = deflateRawSync(Buffer.alloc(3_000_000, 32)).toString("base64url");
  await page.goto(`./?present=1&deck=1.${bomb}`);
  await expect(page.getByRole("alert")).toContainText("larger than a story may be");
  const alien = deflateRawSync(
    Buffer.from(
      JSON.stringify({
        version: 1,
        title: "x",
        steps: [{ view: { m: "<img src=x onerror=alert(1)>" }, caption: "x" }],
      }),
    ),
  ).toString("base64url");
  await page.goto(`./?present=1&deck=1.${alien}`);
  await expect(page.getByRole("alert")).toContainText("does not match the story format");
  await page.getByRole("button", { name: "Leave presenter mode" }).click();
  await expect(page.locator("[data-milestone-id]").first()).toBeVisible();
});

test("a deck saved as JSON opens again from the file; a file that is not a deck is refused", async ({
  page,
}) => {
  await addView(page, "?from=2010&to=2013&cat=arms&m=iai-deal-2012");
  let editor = await openEditor(page);
  await editor.getByRole("textbox", { name: "Caption for step 1" }).fill("IAI, 2012.");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    editor.getByRole("button", { name: "Save as JSON file" }).click(),
  ]);
  const saved = JSON.parse(readFileSync((await file.path())!, "utf8"));
  expect(saved).toEqual({
    version: 1,
    title: "My story",
    steps: [{ view: { from: 2010, to: 2013, cat: ["arms"], m: "iai-deal-2012" }, caption: "IAI, 2012." }],
  });

  await editor.getByRole("button", { name: "Delete the whole story" }).click();
  await expect(editor.getByText("No steps yet")).toBeVisible();
  await editor.getByLabel("Open a JSON file").setInputFiles((await file.path())!);
  await expect(editor.getByRole("status")).toHaveText("Story opened: 1 step.");
  await expect(editor.getByRole("textbox", { name: "Caption for step 1" })).toHaveValue("IAI, 2012.");

  const bad = join(tmpdir(), `not-a-deck-${Date.now()}.json`);
  writeFileSync(
    bad,
    JSON.stringify({ version: 1, title: "x", steps: [{ view: { from: "1991" }, caption: 3 }] }),
  );
  await editor.getByLabel("Open a JSON file").setInputFiles(bad);
  await expect(editor.getByRole("status")).toHaveText(
    "This file cannot be opened: its content does not match the story format.",
  );
  await editor.getByRole("button", { name: "Close" }).click();
  editor = await openEditor(page);
  await expect(editor.getByRole("textbox", { name: "Caption for step 1" })).toHaveValue("IAI, 2012.");
});
