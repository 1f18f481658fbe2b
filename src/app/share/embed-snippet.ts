import { serializeViewState } from "../../filters/url-state";
import type { PanelId, ViewState } from "../../filters/view-state";
import { PANEL_REGISTRY } from "../panel-registry";

export type SnippetVariant = "live" | "pinned";

/** The site's own address, wherever it is hosted (sub-paths included). */
export function siteBase(href: string): string {
  const url = new URL(href);
  url.search = "";
  url.hash = "";
  return url.href;
}

export function permalink(base: string, view: ViewState): string {
  return `${base}${serializeViewState({ ...view, embed: null, group: null })}`;
}

export function embedUrl(
  base: string,
  view: ViewState,
  panel: PanelId,
  variant: SnippetVariant,
  dataVersion: string,
) {
  const search = serializeViewState(
    { ...view, embed: panel, group: view.group ?? "iceberg" },
    variant === "pinned" ? new URLSearchParams({ dv: dataVersion }) : undefined,
  );
  return `${base}${search}`;
}

const escapeAttribute = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

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
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" width="100%" height="${PANEL_REGISTRY[options.panel].embedHeight}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(`${options.base}embed.js`)}" async></script>`,
  ].join("\n");
}
