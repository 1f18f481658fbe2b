import { cleanView } from "@/filters/url-state";
import type { SharedView } from "@/filters/view-codec";
import type { ViewState } from "@/filters/view-state";

/**
 * A view sent by the host page, cleaned exactly as a link would be: through the URL's own
 * serialiser and parser (ordered range, known categories, well-formed ids, bounded lists, q at its
 * cap). Ids that name nothing in the data are dropped afterwards, as for a link.
 */
export function applyHostState(current: ViewState, incoming: Partial<SharedView>): ViewState {
  return cleanView({ ...current, ...incoming });
}

/** The embedding page's origin, when the browser tells it: where our messages may go, and come from. */
export function parentOrigin(win: Window = window): string | null {
  const fromAncestors = win.location.ancestorOrigins?.[0];
  if (fromAncestors && fromAncestors !== "null") return fromAncestors;
  try {
    const origin = win.document.referrer ? new URL(win.document.referrer).origin : null;
    return origin && origin !== "null" ? origin : null;
  } catch {
    return null;
  }
}
