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

for (const view of VIEWS) {
  for (const lang of LANGS) {
    test(`axe: ${view.name} in ${lang} has no WCAG 2.2 AA violations (light, dark; 320 and 1280 px)`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      for (const theme of THEMES) {
        for (const width of WIDTHS) {
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
            (v) =>
              `${theme} ${width}px ${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(", ")}`,
          );
          expect(summary).toEqual([]);
        }
      }
    });
  }
}
