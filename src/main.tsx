import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createQueryClient } from "./app/query-client";
import { Root } from "./app/root";
import { startUrlSync } from "./app/url-sync";
import { useIceberg } from "./filters/store";
import "./ui/theme.css";

startUrlSync(useIceberg);

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <Root />
      </QueryClientProvider>
    </StrictMode>,
  );
}
