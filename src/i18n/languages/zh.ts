import { withPanels } from "../catalogues";
import { zh as shared } from "../locales/zh";
import type { PanelCatalogue } from "../panel-messages";

/** Chinese, whole: the shared catalogue and each panel's own, loaded together as one chunk. */
export const zh = withPanels(
  shared,
  import.meta.glob<PanelCatalogue>("../../panels/*/locales/zh.ts", { eager: true, import: "zh" }),
);
