import { Suspense } from "react";
import { useIceberg } from "@/filters/store";
import type { PanelId } from "@/filters/view-state";
import { retryableLazy } from "@/lib/retryable-lazy";
import { panelsIn } from "@/panels/panel-registry";
import { NewerLinkNotice } from "./newer-link-notice";
import { PANEL_VIEWS } from "./panel-views";
import { useDocumentAttributes } from "./use-document-attributes";
import { useSanitizedIds } from "./use-sanitized-ids";
import { ViewBoundary } from "./view-boundary";
import "./root.css";

const Dashboard = retryableLazy(() => import("./dashboard"));
const EmbedView = retryableLazy(() => import("./embed/embed-view"));
const PresenterView = retryableLazy(() => import("./presenter/presenter-view"));

/** What shows until the view has drawn. */
export const viewLoading = (
  <p className="loading view-loading" role="status">
    …
  </p>
);

/** Downloads the code the view draws on its first render (its chunk and its panels'); settles when all is here or failed. */
export async function preloadView({ embed, present }: { embed: PanelId | null; present: boolean }) {
  const view = embed ? EmbedView : present ? PresenterView : Dashboard;
  const panels = present ? [] : panelsIn(embed);
  await Promise.all([view.preload(), ...panels.map((panel) => PANEL_VIEWS[panel].preload())]);
}

/**
 * Keeps the document's attributes and the link's ids in step. A leaf beside the view, not a hook of
 * Root: a new selection or a dataset arriving then re-renders this alone, not the whole app.
 */
function DocumentUpkeep() {
  useDocumentAttributes();
  useSanitizedIds();
  return null;
}

/** Chooses the dashboard, presenter mode or a single embedded panel; each is its own chunk. */
export function Root() {
  const embed = useIceberg((s) => s.embed);
  const present = useIceberg((s) => s.present);
  const view = embed ? `embed-${embed}` : present ? "present" : "dashboard";
  return (
    <>
      <DocumentUpkeep />
      <NewerLinkNotice />
      <ViewBoundary key={view}>
        <Suspense fallback={viewLoading}>
          {embed ? <EmbedView panel={embed} /> : present ? <PresenterView /> : <Dashboard />}
        </Suspense>
      </ViewBoundary>
    </>
  );
}
