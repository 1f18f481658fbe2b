import { viewLink } from "@/filters/url-state";
import type { PanelId, ViewState } from "@/filters/view-state";
import { escapeHtml } from "@/lib/escape-html";
import { PANEL_REGISTRY } from "@/panels/panel-registry";

export type SnippetVariant = "live" | "pinned";

export function embedUrl(
  base: string,
  view: ViewState,
  panel: PanelId,
  variant: SnippetVariant,
  dataVersion: string,
) {
  return viewLink(
    base,
    { ...view, embed: panel, group: view.group ?? "iceberg" },
    { dataVersion: variant === "pinned" ? dataVersion : null },
  );
}

export function embedSnippet(options: {
  base: string;
  view: ViewState;
  panel: PanelId;
  title: string;
  variant: SnippetVariant;
  dataVersion: string;
}): string {
  const src = embedUrl(options.base, options.view, options.panel, options.variant, options.dataVersion);
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" width="100%" height="${PANEL_REGISTRY[options.panel].embedHeight}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(`${options.base}embed.js`)}" async></script>`,
  ].join("\n");
}
