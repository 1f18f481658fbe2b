import { ar as shared } from "../locales/ar";
import type { Catalogue } from "../locales/en";
import type { PanelCatalogue } from "../panel-messages";

const panels = import.meta.glob<PanelCatalogue>("../../panels/*/locales/ar.ts", {
  eager: true,
  import: "ar",
});

/**
 * Arabic, whole: the shared catalogue and each panel's own, loaded together as one chunk (which is
 * why this imports nothing from the page's own chunks).
 */
export const ar = Object.assign({}, shared, ...Object.values(panels)) as Catalogue;
