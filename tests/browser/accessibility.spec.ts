import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const LANGS = ["en", "zh", "he", "ar", "fa"] as const;
const THEMES = ["light", "dark"] as const;
const WIDTHS = [320, 1280] as const;
const VIEWS = [
  { name: "dashboard", query: "", ready: "[data-milestone-id]" },
  {
    name: "filtered dashboard",
    query: "cat=energy,diplomacy&src=inss&from=2006&to=2022&f=tel-aviv&",
    ready: ".milestone-detail",
  },
  { name: "trade embed", query: "embed=trade&", ready: ".recharts-surface" },
  { name: "energy embed", query: "embed=energy&", ready: "path.flow-line" },
  { name: "milestones embed", query: "embed=milestones&", ready: "[data-milestone-id]" },
  { name: "presenter mode", query: "present=1&story=oil-for-arms&step=2&", ready: ".presenter__caption" },
] as const;

/**
 * Every view in every language, each in one of the four theme × width pairs, rotated so that every
 * view meets all four and every language meets both themes and both widths: 30 scans rather than 120.
 */
const PAIRS = THEMES.flatMap((theme) => WIDTHS.map((width) => ({ theme, width })));

VIEWS.forEach((view, v) => {
  LANGS.forEach((lang, l) => {
    const { theme, width } = PAIRS[(v + l) % PAIRS.length] as (typeof PAIRS)[number];
    test(`axe: ${view.name} in ${lang}, ${theme}, ${width} px, has no WCAG 2.2 AA violations`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?${view.query}lang=${lang}&theme=${theme}&m=btc-inauguration`);
      await expect(page.locator(view.ready).first()).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute(
        "dir",
        ["he", "ar", "fa"].includes(lang) ? "rtl" : "ltr",
      );
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(", ")}`,
      );
      expect(summary).toEqual([]);
    });
  });
});
