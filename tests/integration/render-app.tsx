import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { QueryClientProvider } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import { AppLanguage } from "@/app/app-language";
import { createQueryClient } from "@/app/query-client";
import { Root } from "@/app/root";
import { startUrlSync } from "@/app/url-sync";
import { DETAILS_FILE, INDEX_FILE } from "@/data/dataset-files";
import { splitMilestones } from "@/data/milestone-split";
import { useHover } from "@/filters/hover-store";
import { useIceberg } from "@/filters/store";

const DATA_DIR = resolve(import.meta.dirname, "../../data");

/** Serves data/ as the built site would; `override` replaces a file's body to simulate bad data. */
export function serveData(override: Record<string, string | null> = {}) {
  const milestones = override["milestones.json"];
  if (milestones) {
    // The app reads milestones.json in the two halves the data build makes of it.
    const { index, details } = splitMilestones(JSON.parse(milestones).milestones);
    override = { ...override, [INDEX_FILE]: JSON.stringify(index), [DETAILS_FILE]: JSON.stringify(details) };
  }
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const file = url.split("/data/")[1]?.split("?")[0] ?? "";
    if (file in override) {
      const body = override[file];
      return body === null ? new Response("", { status: 404 }) : new Response(body, { status: 200 });
    }
    try {
      return new Response(readFileSync(resolve(DATA_DIR, file), "utf8"), { status: 200 });
    } catch {
      return new Response("", { status: 404 });
    }
  }) as typeof fetch;
}

export function readData<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(DATA_DIR, file), "utf8")) as T;
}

let stopSync: (() => void) | null = null;

/** The browser's Back button: resolves once the previous entry's view has been applied and rendered. */
export async function goBack() {
  await act(async () => {
    const popped = new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    window.history.back();
    await popped;
  });
}

/** The whole app, as main.tsx mounts it, at the given address. */
export function renderApp(search = "", override: Record<string, string | null> = {}) {
  stopSync?.();
  window.history.replaceState(null, "", `/${search}`);
  useHover.setState({ year: null, milestone: null, feature: null });
  serveData(override);
  stopSync = startUrlSync(useIceberg);
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <AppLanguage>
        <Root />
      </AppLanguage>
    </QueryClientProvider>,
  );
}
