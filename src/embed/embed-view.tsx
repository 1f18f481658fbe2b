import { lazy } from "react";
import { loadPanel } from "../app/panel-loaders";
import type { PanelId } from "../filters/view-state";
import { useI18n } from "../i18n/i18n";
import { PanelFrame } from "../ui/panel-frame";
import { YearRange } from "../ui/year-range";
import { useEmbedMessages } from "./use-embed-messages";

const PANELS = {
  trade: lazy(loadPanel.trade),
  energy: lazy(loadPanel.energy),
  milestones: lazy(loadPanel.milestones),
} as const;

/** One panel with no dashboard chrome: title, panel, credit and a permalink to the full view. */
export default function EmbedView({ panel }: { panel: PanelId }) {
  const { t } = useI18n();
  const rootRef = useEmbedMessages(panel);
  const Panel = PANELS[panel];
  const pinned = new URLSearchParams(window.location.search).get("dv");
  const pinnedToOldData = pinned !== null && pinned !== __DATA_VERSION__;
  const permalink = new URL(window.location.href);
  permalink.searchParams.delete("embed");
  permalink.searchParams.delete("group");
  permalink.searchParams.delete("dv");
  return (
    <div className={`embed embed--${panel}`} ref={rootRef}>
      <PanelFrame
        panel={panel}
        actions={
          <a className="embed__open" href={permalink.href} target="_blank" rel="noopener">
            {t("embed.open")}
          </a>
        }
      >
        {pinnedToOldData && <p className="note note--warning">{t("embed.pinnedOld")}</p>}
        {panel === "trade" && <YearRange />}
        <Panel />
      </PanelFrame>
      <p className="embed__credit">{t("embed.credit")}</p>
    </div>
  );
}
