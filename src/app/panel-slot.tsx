import type { ReactNode } from "react";
import type { PanelId } from "../filters/view-state";
import { useI18n } from "../i18n/i18n";
import { PanelFrame } from "../ui/panel-frame";
import { PANEL_REGISTRY } from "./panel-registry";

/** A panel in its named, error-bounded frame, loaded on demand. */
export function PanelSlot({
  panel,
  actions,
  before,
}: {
  panel: PanelId;
  actions?: ReactNode;
  before?: ReactNode;
}) {
  const { t } = useI18n();
  const { View, titleKey } = PANEL_REGISTRY[panel];
  return (
    <PanelFrame panel={panel} title={t(titleKey)} actions={actions}>
      {before}
      <View />
    </PanelFrame>
  );
}
