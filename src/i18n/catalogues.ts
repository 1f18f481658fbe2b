import { type Catalogue, en } from "./locales/en";
import type { PanelCatalogue } from "./panel-messages";

const panels = import.meta.glob<PanelCatalogue>("../panels/*/locales/en.ts", { eager: true, import: "en" });

/**
 * English, whole: the shared catalogue and each panel's own, loaded with the page, and what any
 * missing message falls back to. Other languages: `languages/`.
 */
export const english = Object.assign({}, en, ...Object.values(panels)) as Catalogue;
