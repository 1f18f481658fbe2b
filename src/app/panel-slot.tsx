import type { ReactNode } from "react";
import type { PanelId } from "../filters/view-state";
import { retryableLazy } from "../lib/retryable-lazy";
import { PanelFrame } from "../ui/panel-frame";

/** Each panel is its own chunk, so an embed downloads only its own panel's libraries. */
const PANELS = {
  trade: retryableLazy(() => import("../panels/trade-arms/trade-arms-panel")),
  energy: retryableLazy(() => import("../panels/energy/energy-panel")),
  milestones: retryableLazy(() => import("../panels/milestones/milestones-panel")),
} as const;

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
  const Panel = PANELS[panel];
  return (
    <PanelFrame panel={panel} actions={actions} heldByView={heldByView}>
      {before}
      <Panel />
    </PanelFrame>
  );
}
