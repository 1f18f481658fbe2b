import { shallow } from "zustand/vanilla/shallow";
import { selectViewState, type useIceberg } from "@/filters/store";
import { pinnedDataVersion, readLink, serializeViewState } from "@/filters/url-state";
import { useLinkNotice } from "./link-notice-store";

type Store = typeof useIceberg;

/**
 * Keeps the address bar and the store in step: the store's view is always the URL's. Each change
 * enters the history as the action that made it says (`history` in the store): a push per user
 * action, a replace for the rest of a gesture and for corrections.
 */
export function startUrlSync(store: Store, win: Window = window): () => void {
  const link = readLink(win.location.search);
  store.getState().applyView(link.view, "replace");
  useLinkNotice.setState({ fromNewerVersion: link.fromNewerVersion });
  const dataVersion = pinnedDataVersion(win.location.search);
  const canonical = serializeViewState(link.view, { dataVersion });
  // A link from a newer version stays in the address bar, so that a reload after updating still opens it.
  if (canonical !== win.location.search && !link.fromNewerVersion) {
    win.history.replaceState(
      win.history.state,
      "",
      `${win.location.pathname}${canonical}${win.location.hash}`,
    );
  }

  // An embed's views must not fill the host page's Back button.
  const embedded = link.view.embed !== null;
  let applyingHistory = false;

  // The view as last serialised: each change serialises the new view once, and only a change of view
  // (not of the store's other state) reaches the address bar.
  let current = canonical;
  let currentView = selectViewState(store.getState());
  const unsubscribe = store.subscribe((state) => {
    const view = selectViewState(state);
    if (shallow(view, currentView)) return;
    currentView = view;
    const next = serializeViewState(view, { dataVersion });
    const changed = next !== current;
    current = next;
    if (applyingHistory || !changed || next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (embedded || state.history === "replace") win.history.replaceState(win.history.state, "", url);
    else win.history.pushState(null, "", url);
  });

  const onPopState = () => {
    applyingHistory = true;
    store.getState().applyView(readLink(win.location.search).view);
    applyingHistory = false;
  };
  win.addEventListener("popstate", onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
  };
}
