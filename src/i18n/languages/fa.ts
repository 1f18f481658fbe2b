import { withPanels } from "../catalogues";
import { fa as shared } from "../locales/fa";
import type { PanelCatalogue } from "../panel-messages";

/** Persian, whole: the shared catalogue and each panel's own, loaded together as one chunk. */
export const fa = withPanels(
  shared,
  import.meta.glob<PanelCatalogue>("../../panels/*/locales/fa.ts", { eager: true, import: "fa" }),
);
