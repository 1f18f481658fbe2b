import { lazy, Suspense } from "react";
import { useIceberg } from "../filters/store";
import { useDocumentAttributes } from "./use-document-attributes";
import { useSanitizedIds } from "./use-sanitized-ids";

const Dashboard = lazy(() => import("./dashboard"));
const EmbedView = lazy(() => import("../embed/embed-view"));
const PresenterView = lazy(() => import("./presenter/presenter-view"));

/** Chooses the dashboard, presenter mode or a single embedded panel; each is its own chunk. */
export function Root() {
  useDocumentAttributes();
  useSanitizedIds();
  const embed = useIceberg((s) => s.embed);
  const present = useIceberg((s) => s.present);
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          …
        </p>
      }
    >
      {embed ? <EmbedView panel={embed} /> : present ? <PresenterView /> : <Dashboard />}
    </Suspense>
  );
}
