import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, Suspense, useId } from "react";
import { datasetKeys } from "@/data/dataset-queries";
import { useI18n } from "@/i18n/i18n";
import { PanelError } from "./panel-error";
import { PanelErrorBoundary } from "./panel-error-boundary";
import "./panel-frame.css";

/**
 * A named region with its own error boundary: a failure here leaves the other panels working.
 * With `heldByView`, the panel has no loading state of its own: it appears together with the rest
 * of its view (the view's Suspense boundary), so nothing below it moves when it arrives.
 */
export function PanelFrame({
  panel,
  title,
  actions,
  heldByView = false,
  children,
}: {
  /** The panel's id, for its class and `data-panel`. */
  panel: string;
  title: string;
  actions?: ReactNode;
  heldByView?: boolean;
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
          {title}
        </h2>
        {actions}
      </header>
      <div className="panel__body">
        <PanelErrorBoundary
          onRetry={resetData}
          fallback={(error, retry) => <PanelError error={error} onRetry={retry} />}
        >
          {heldByView ? (
            children
          ) : (
            <Suspense fallback={<p className="loading">{t("app.loading")}</p>}>{children}</Suspense>
          )}
        </PanelErrorBoundary>
      </div>
    </section>
  );
}
