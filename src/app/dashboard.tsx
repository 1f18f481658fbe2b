import { Suspense } from "react";
import { PANELS } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import { AppHeader } from "./chrome/app-header";
import { CreditsFooter } from "./chrome/credits-footer";
import { FilterBar } from "./chrome/filter-bar";
import { DeckEditor } from "./decks/deck-editor";
import { PanelSlot } from "./panel-slot";
import { PresentButton } from "./presenter/present-button";
import { PrintCitation } from "./print/print-citation";
import { ShareDialog } from "./share/share-dialog";
import "./dashboard.css";

function PanelsLoading() {
  const { t } = useI18n();
  return (
    <main id="panels" className="panels panels--loading">
      <p className="loading" role="status">
        {t("app.loading")}
      </p>
    </main>
  );
}

export default function Dashboard() {
  const { t } = useI18n();
  return (
    <div className="dashboard">
      <a className="skip-link" href="#panels">
        {t("app.skip")}
      </a>
      <div className="dashboard__screen">
        <AppHeader
          actions={
            <>
              <PresentButton />
              <DeckEditor />
              <ShareDialog />
            </>
          }
        />
        <FilterBar />
        <PrintCitation />
        {/* The panels appear together; until then they keep a screen's height, so the credits below stay out of view. */}
        <Suspense fallback={<PanelsLoading />}>
          <main id="panels" className="panels" tabIndex={-1}>
            {PANELS.map((panel) => (
              <PanelSlot key={panel} panel={panel} heldByView />
            ))}
          </main>
        </Suspense>
      </div>
      <CreditsFooter />
    </div>
  );
}
