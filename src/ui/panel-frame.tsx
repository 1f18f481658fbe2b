import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, Suspense, useId } from "react";
import { datasetKeys } from "../data/dataset-queries";
import type { PanelId } from "../filters/view-state";
import { useI18n } from "../i18n/i18n";
import { PanelError } from "./panel-error";
import { PanelErrorBoundary } from "./panel-error-boundary";
import "./panel-frame.css";

const TITLE_KEYS = { trade: "panel.trade", energy: "panel.energy", milestones: "panel.milestones" } as const;

/** A named region with its own error boundary: a failure here leaves the other panels working. */
export function PanelFrame({
  panel,
  actions,
  children,
}: {
  panel: PanelId;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const queryClient = useQueryClient();
  const resetData = () => {
    void queryClient.resetQueries({
      queryKey: datasetKeys.all,
      predicate: (q) => q.state.status === "error",
    });
  };
  return (
    <section className={`panel panel--${panel}`} aria-labelledby={headingId} data-panel={panel}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {t(TITLE_KEYS[panel])}
        </h2>
        {actions}
      </header>
      <div className="panel__body">
        <PanelErrorBoundary
          onRetry={resetData}
          fallback={(error, retry) => <PanelError error={error} onRetry={retry} />}
        >
          <Suspense fallback={<p className="loading">{t("app.loading")}</p>}>{children}</Suspense>
        </PanelErrorBoundary>
      </div>
    </section>
  );
}
