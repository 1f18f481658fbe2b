import "@/ui/layers.css";
import "@/ui/tokens.css";
import "@/ui/base.css";
import "@/ui/long-text.css";
import "@/ui/buttons.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { AppLanguage } from "@/app/app-language";
import { UpdatePrompt } from "@/app/offline/update-prompt";
import { createQueryClient } from "@/app/query-client";
import { preloadView, Root, viewLoading } from "@/app/root";
import { startUrlSync } from "@/app/url-sync";
import { ViewBoundary } from "@/app/view-boundary";
import { datasetQuery } from "@/data/dataset-queries";
import { useIceberg } from "@/filters/store";
import { messagesQuery, resolveLang } from "@/i18n/i18n";
import { reloadIfRedeployed } from "@/lib/redeploy-reload";
import { whenChunkFails } from "@/lib/retryable-lazy";
import { datasetsFor } from "@/panels/panel-registry";

startUrlSync(useIceberg);
whenChunkFails(() => void reloadIfRedeployed());

/**
 * At most this long, the view's first render waits for its code, data and language, so that it
 * draws the view whole, in slices that leave the main thread free between them. Rendered sooner,
 * the view would commit its loading fallbacks, and React reveals content no sooner than 300 ms
 * after a fallback appeared, however soon the content arrives.
 */
const FIRST_RENDER_WAIT_MS = 1000;

const queryClient = createQueryClient();
const { embed, present, lang } = useIceberg.getState();
const viewReady = Promise.allSettled([
  ...datasetsFor(embed).map((name) => queryClient.prefetchQuery(datasetQuery(name))),
  queryClient.prefetchQuery(messagesQuery(resolveLang(lang))),
  preloadView({ embed, present }),
]).then(() => true);
const waited = new Promise<false>((done) => setTimeout(() => done(false), FIRST_RENDER_WAIT_MS));

const container = document.getElementById("root");
if (container) {
  // A caught error is already shown to the user in place of what failed.
  const root = createRoot(container, { onCaughtError: (error) => console.warn(error) });
  root.render(viewLoading);
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppLanguage>
          <ViewBoundary>
            <Root />
          </ViewBoundary>
          <UpdatePrompt />
        </AppLanguage>
      </QueryClientProvider>
    </StrictMode>
  );
  void Promise.race([viewReady, waited]).then((ready) =>
    // Not in a transition while something is missing: a transition would hold the whole view until it came.
    ready ? startTransition(() => root.render(app)) : root.render(app),
  );
}
