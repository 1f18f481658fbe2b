import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { datasetsFor } from "./app/panel-datasets";
import { createQueryClient } from "./app/query-client";
import { Root } from "./app/root";
import { startUrlSync } from "./app/url-sync";
import { datasetQuery } from "./data/dataset-queries";
import { useIceberg } from "./filters/store";
import "./ui/theme.css";

startUrlSync(useIceberg);

// Start the downloads now, in parallel with the panels' code, rather than when each panel mounts.
const queryClient = createQueryClient();
const { embed } = useIceberg.getState();
for (const name of datasetsFor(embed)) void queryClient.prefetchQuery(datasetQuery(name));

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Root />
      </QueryClientProvider>
    </StrictMode>,
  );
}
