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
        {/*
          Each panel loads on its own: one slow or stalled file must not hold the others back
          (an embed, a single panel, is held by its view instead).
        */}
        <main id="panels" className="panels" tabIndex={-1}>
          {PANELS.map((panel) => (
            <PanelSlot key={panel} panel={panel} />
          ))}
        </main>
      </div>
      <CreditsFooter />
    </div>
  );
}
