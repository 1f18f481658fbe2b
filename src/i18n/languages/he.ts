import { withPanels } from "../catalogues";
import { he as shared } from "../locales/he";
import type { PanelCatalogue } from "../panel-messages";

/** Hebrew, whole: the shared catalogue and each panel's own, loaded together as one chunk. */
export const he = withPanels(
  shared,
  import.meta.glob<PanelCatalogue>("../../panels/*/locales/he.ts", { eager: true, import: "he" }),
);
