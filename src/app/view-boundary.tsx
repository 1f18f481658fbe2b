import type { ReactNode } from "react";
import { useRetryFailedDatasets } from "@/data/use-retry-failed-datasets";
import { useIceberg } from "@/filters/store";
import { useI18n } from "@/i18n/i18n";
import { PanelError } from "@/ui/panel-error";
import { PanelErrorBoundary } from "@/ui/panel-error-boundary";
import { usePresenterKeys } from "./presenter/use-presenter-keys";
import "./view-boundary.css";

const ignore = () => {};

function BackToDashboard() {
  const { t } = useI18n();
  const stopPresenting = useIceberg((s) => s.stopPresenting);
  usePresenterKeys({ next: ignore, previous: ignore, exit: stopPresenting });
  return (
    <button type="button" className="button" onClick={stopPresenting}>
      {t("error.back")}
    </button>
  );
}

/**
 * Catches what no panel caught (a view's own chunk, presenter mode), in place of that view; in
 * presenter mode, Escape and a button still lead back to the dashboard.
 */
export function ViewBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const present = useIceberg((s) => s.present && !s.embed);
  const retryFailedDatasets = useRetryFailedDatasets();
  return (
    <PanelErrorBoundary
      onRetry={retryFailedDatasets}
      fallback={(error, retry) => (
        <main className="view-error">
          <PanelError error={error} onRetry={retry} title={t("error.viewTitle")}>
            {present && <BackToDashboard />}
          </PanelError>
        </main>
      )}
    >
      {children}
    </PanelErrorBoundary>
  );
}
