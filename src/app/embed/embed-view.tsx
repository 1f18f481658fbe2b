import { useShallow } from "zustand/react/shallow";
import { selectViewState, useIceberg } from "@/filters/store";
import { permalink, pinnedDataVersion, siteBase } from "@/filters/url-state";
import type { PanelId } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import { DatasetNotice } from "@/ui/dataset-notice";
import { YearRange } from "../chrome/year-range";
import { DataAsOf } from "../offline/data-as-of";
import { PanelSlot } from "../panel-slot";
import { useEmbedMessages } from "./use-embed-messages";
import "./embed.css";

/**
 * One panel with no dashboard chrome: title, panel, credit and a permalink to the full view. It
 * appears whole (the panel is held by the view's loading state), so the credit never jumps down.
 */
export default function EmbedView({ panel }: { panel: PanelId }) {
  const { t } = useI18n();
  const rootRef = useEmbedMessages(panel);
  const pinned = pinnedDataVersion(window.location.search);
  const pinnedToOldData = pinned !== null && pinned !== __DATA_VERSION__;
  // The view as it is now (a brush, a selection, a host's setState), not as the frame was loaded.
  const view = useIceberg(useShallow(selectViewState));
  const fullView = permalink(siteBase(window.location.href), view);
  return (
    <div className={`embed embed--${panel}`} ref={rootRef}>
      <PanelSlot
        panel={panel}
        heldByView
        actions={
          <a className="embed__open" href={fullView} target="_blank" rel="noopener">
            {t("embed.open")}
          </a>
        }
        before={
          <>
            {pinnedToOldData && <p className="note note--warning">{t("embed.pinnedOld")}</p>}
            {panel === "trade" && <YearRange />}
          </>
        }
      />
      <p className="embed__credit">{t("embed.credit")}</p>
      <DatasetNotice name="sources" />
      <DataAsOf />
    </div>
  );
}
