import { selectViewState, type useIceberg } from "../filters/store";
import { parseViewState, serializeViewState } from "../filters/url-state";

type Store = typeof useIceberg;

/** Changes closer together than this are one action (a drag, a burst of key presses): one history entry. */
const COALESCE_MS = 500;

let replaceNext = false;

/** The next URL change corrects the address bar instead of adding a history entry. */
export function replaceNextUrl(): void {
  replaceNext = true;
}

/** Keeps the address bar and the store in step: the store's view is always the URL's. */
export function startUrlSync(store: Store, win: Window = window): () => void {
  const initial = parseViewState(win.location.search);
  store.getState().applyView(initial);
  const canonical = serializeViewState(initial, new URLSearchParams(win.location.search));
  if (canonical !== win.location.search) {
    win.history.replaceState(
      win.history.state,
      "",
      `${win.location.pathname}${canonical}${win.location.hash}`,
    );
  }

  // An embed's views must not fill the host page's Back button.
  const embedded = initial.embed !== null;
  let lastPush = 0;
  let applyingHistory = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingHistory) return;
    const next = serializeViewState(selectViewState(state), new URLSearchParams(win.location.search));
    const before = serializeViewState(selectViewState(previous), new URLSearchParams(win.location.search));
    if (next === before || next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    const now = Date.now();
    const rangeReplaces =
      state.rangeHistory === "replace" && (state.from !== previous.from || state.to !== previous.to);
    if (embedded || replaceNext || rangeReplaces || now - lastPush < COALESCE_MS) {
      win.history.replaceState(win.history.state, "", url);
    } else {
      win.history.pushState(null, "", url);
    }
    if (!replaceNext) lastPush = now;
    replaceNext = false;
  });

  const onPopState = () => {
    applyingHistory = true;
    store.getState().applyView(parseViewState(win.location.search));
    applyingHistory = false;
  };
  win.addEventListener("popstate", onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
  };
}
