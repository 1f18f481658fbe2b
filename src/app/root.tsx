import { Suspense } from "react";
import { useIceberg } from "@/filters/store";
import { RequestedLang } from "@/i18n/i18n";
import { retryableLazy } from "@/lib/retryable-lazy";
import { NewerLinkNotice } from "./newer-link-notice";
import { useDocumentAttributes } from "./use-document-attributes";
import { useSanitizedIds } from "./use-sanitized-ids";
import { ViewBoundary } from "./view-boundary";
import "./root.css";

const Dashboard = retryableLazy(() => import("./dashboard"));
const EmbedView = retryableLazy(() => import("./embed/embed-view"));
const PresenterView = retryableLazy(() => import("./presenter/presenter-view"));

/** The language the URL asks for reaches every component through the i18n context. */
export function Root() {
  const lang = useIceberg((s) => s.lang);
  return (
    <RequestedLang value={lang}>
      <View />
    </RequestedLang>
  );
}

/** Chooses the dashboard, presenter mode or a single embedded panel; each is its own chunk. */
function View() {
  useDocumentAttributes();
  useSanitizedIds();
  const embed = useIceberg((s) => s.embed);
  const present = useIceberg((s) => s.present);
  const view = embed ? `embed-${embed}` : present ? "present" : "dashboard";
  return (
    <>
      <NewerLinkNotice />
      <ViewBoundary key={view}>
        <Suspense
          fallback={
            <p className="loading view-loading" role="status">
              …
            </p>
          }
        >
          {embed ? <EmbedView panel={embed} /> : present ? <PresenterView /> : <Dashboard />}
        </Suspense>
      </ViewBoundary>
    </>
  );
}
