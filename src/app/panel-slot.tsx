import type { ReactNode } from "react";
import type { PanelId } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import { PANEL_REGISTRY } from "@/panels/panel-registry";
import { PanelFrame } from "@/ui/panel-frame";
import { PANEL_VIEWS } from "./panel-views";

/** A panel in its named, error-bounded frame, loaded on demand. */
export function PanelSlot({
  panel,
  actions,
  before,
  heldByView,
}: {
  panel: PanelId;
  actions?: ReactNode;
  before?: ReactNode;
  heldByView?: boolean;
}) {
  const { t } = useI18n();
  const { titleKey } = PANEL_REGISTRY[panel];
  const View = PANEL_VIEWS[panel];
  return (
    <PanelFrame panel={panel} title={t(titleKey)} actions={actions} heldByView={heldByView}>
      {before}
      <View />
    </PanelFrame>
  );
}
