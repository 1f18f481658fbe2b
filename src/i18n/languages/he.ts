import type { Catalogue } from "../locales/en";
import { he as shared } from "../locales/he";
import type { PanelCatalogue } from "../panel-messages";

const panels = import.meta.glob<PanelCatalogue>("../../panels/*/locales/he.ts", {
  eager: true,
  import: "he",
});

/**
 * Hebrew, whole: the shared catalogue and each panel's own, loaded together as one chunk (which is
 * why this imports nothing from the page's own chunks).
 */
export const he = Object.assign({}, shared, ...Object.values(panels)) as Catalogue;
