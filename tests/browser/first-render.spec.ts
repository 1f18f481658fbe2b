import { expect, test } from "./fixtures";

interface Seen {
  titles: string[];
  loadingLines: string[];
}

/** From the first byte on, every panel title and panel loading line the page ever puts in the DOM. */
function recordWhatAppears() {
  const seen: Seen = { titles: [], loadingLines: [] };
  (window as unknown as { __seen: Seen }).__seen = seen;
  const note = (list: string[], text: string | null) => {
    if (text && !list.includes(text)) list.push(text);
  };
  new MutationObserver(() => {
    for (const title of document.querySelectorAll(".panel__title")) note(seen.titles, title.textContent);
    for (const line of document.querySelectorAll(".panel .loading"))
      note(seen.loadingLines, line.textContent);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

test("the dashboard appears whole and in the reader's language: no panel passes through a loading line or English", async ({
  page,
}) => {
  await page.addInitScript(recordWhatAppears);
  await page.goto("./?lang=he");
  await expect(
    page.getByRole("region", { name: "אבני דרך דיפלומטיות" }).locator("[data-milestone-id]").first(),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "סחר ונשק" }).locator(".panel-summary")).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  expect(seen.loadingLines).toEqual([]);
  expect(seen.titles.sort()).toEqual(["אבני דרך דיפלומטיות", "זרימות אנרגיה", "סחר ונשק"].sort());
});
