import { type Catalogue, en, type Messages } from "./locales/en";
import type { PanelCatalogue } from "./panel-messages";

/** A language's shared catalogue with each panel's own strings in that language merged in. */
export function withPanels(shared: Messages, panels: Record<string, PanelCatalogue>): Catalogue {
  return Object.assign({}, shared, ...Object.values(panels)) as Catalogue;
}

/** English, whole: loaded with the page, and what any missing message falls back to. */
export const english: Catalogue = withPanels(
  en,
  import.meta.glob<PanelCatalogue>("../panels/*/locales/en.ts", { eager: true, import: "en" }),
);
