import { lazy } from "react";
import { useI18n } from "../i18n/i18n";
import { AppHeader } from "../ui/app-header";
import { CreditsFooter } from "../ui/credits-footer";
import { FilterBar } from "../ui/filter-bar";
import { PanelFrame } from "../ui/panel-frame";
import { loadPanel } from "./panel-loaders";
import { PresentButton } from "./presenter/present-button";
import { ShareDialog } from "./share/share-dialog";

const TradeArmsPanel = lazy(loadPanel.trade);
const EnergyPanel = lazy(loadPanel.energy);
const MilestonesPanel = lazy(loadPanel.milestones);

export default function Dashboard() {
  const { t } = useI18n();
  return (
    <div className="dashboard">
      <a className="skip-link" href="#panels">
        {t("app.skip")}
      </a>
      <AppHeader
        actions={
          <>
            <PresentButton />
            <ShareDialog />
          </>
        }
      />
      <FilterBar />
      <main id="panels" className="panels" tabIndex={-1}>
        <PanelFrame panel="trade">
          <TradeArmsPanel />
        </PanelFrame>
        <PanelFrame panel="energy">
          <EnergyPanel />
        </PanelFrame>
        <PanelFrame panel="milestones">
          <MilestonesPanel />
        </PanelFrame>
      </main>
      <CreditsFooter />
    </div>
  );
}
