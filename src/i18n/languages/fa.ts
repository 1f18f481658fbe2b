import type { Catalogue } from "../locales/en";
import { fa as shared } from "../locales/fa";
import type { PanelCatalogue } from "../panel-messages";

const panels = import.meta.glob<PanelCatalogue>("../../panels/*/locales/fa.ts", {
  eager: true,
  import: "fa",
});

/**
 * Persian, whole: the shared catalogue and each panel's own, loaded together as one chunk (which is
 * why this imports nothing from the page's own chunks).
 */
export const fa = Object.assign({}, shared, ...Object.values(panels)) as Catalogue;
