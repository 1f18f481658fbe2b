import "@/ui/layers.css";
import "@/ui/tokens.css";
import "@/ui/base.css";
import "@/ui/long-text.css";
import "@/ui/buttons.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppLanguage } from "@/app/app-language";
import { UpdatePrompt } from "@/app/offline/update-prompt";
import { createQueryClient } from "@/app/query-client";
import { Root } from "@/app/root";
import { startUrlSync } from "@/app/url-sync";
import { ViewBoundary } from "@/app/view-boundary";
import { datasetQuery } from "@/data/dataset-queries";
import { useIceberg } from "@/filters/store";
import { reloadIfRedeployed } from "@/lib/redeploy-reload";
import { whenChunkFails } from "@/lib/retryable-lazy";
import { datasetsFor } from "@/panels/panel-registry";

startUrlSync(useIceberg);
whenChunkFails(() => void reloadIfRedeployed());

// Start the downloads now, in parallel with the panels' code, rather than when each panel mounts.
const queryClient = createQueryClient();
const { embed } = useIceberg.getState();
for (const name of datasetsFor(embed)) void queryClient.prefetchQuery(datasetQuery(name));

const container = document.getElementById("root");
if (container) {
  // A caught error is already shown to the user in place of what failed.
  createRoot(container, { onCaughtError: (error) => console.warn(error) }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppLanguage>
          <ViewBoundary>
            <Root />
          </ViewBoundary>
          <UpdatePrompt />
        </AppLanguage>
      </QueryClientProvider>
    </StrictMode>,
  );
}
