import { withPanels } from "../catalogues";
import { ar as shared } from "../locales/ar";
import type { PanelCatalogue } from "../panel-messages";

/** Arabic, whole: the shared catalogue and each panel's own, loaded together as one chunk. */
export const ar = withPanels(
  shared,
  import.meta.glob<PanelCatalogue>("../../panels/*/locales/ar.ts", { eager: true, import: "ar" }),
);
