import type { Catalogue } from "../locales/en";
import { zh as shared } from "../locales/zh";
import type { PanelCatalogue } from "../panel-messages";

const panels = import.meta.glob<PanelCatalogue>("../../panels/*/locales/zh.ts", {
  eager: true,
  import: "zh",
});

/**
 * Chinese, whole: the shared catalogue and each panel's own, loaded together as one chunk (which is
 * why this imports nothing from the page's own chunks).
 */
export const zh = Object.assign({}, shared, ...Object.values(panels)) as Catalogue;
