import { useCallback, useEffect, useRef } from "react";
import { selectViewState, useIceberg } from "@/filters/store";
import { sharedViewOf } from "@/filters/view-codec";
import type { PanelId } from "@/filters/view-state";
import { applyHostState, parentOrigin } from "./host-state";
import { MESSAGE_SOURCE, type OutgoingMessage, parseIncomingMessage } from "./messages";

/**
 * To the parent's origin when the browser tells it; otherwise to any parent, which is why every
 * message carries only its documented fields.
 */
function post(message: OutgoingMessage) {
  if (window.parent !== window) window.parent.postMessage(message, parentOrigin() ?? "*");
}

/** An embed's conversation with its host page: height, view and selection out; validated commands in. */
export function useEmbedMessages(panel: PanelId) {
  const rootRef = useRef<HTMLDivElement>(null);

  const reportSize = useCallback(() => {
    const root = rootRef.current;
    if (root)
      post({
        source: MESSAGE_SOURCE,
        type: "resize",
        panel,
        height: Math.ceil(root.getBoundingClientRect().height),
      });
  }, [panel]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Browsers hold back ResizeObserver in an off-screen cross-origin frame, so a frame pushed
    // below the fold would never grow: DOM changes are watched too, and measured directly.
    let last = -1;
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const height = Math.ceil(root.getBoundingClientRect().height);
        if (height !== last) {
          last = height;
          reportSize();
        }
      }, 16);
    };
    const resizes = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    resizes?.observe(root);
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, { childList: true, subtree: true, characterData: true });
    schedule();
    return () => {
      window.clearTimeout(timer);
      resizes?.disconnect();
      mutations.disconnect();
    };
  }, [reportSize]);

  useEffect(() => {
    // A view that arrives from the host is not sent back, or two embeds would echo stale views.
    let applyingHostState = false;
    const unsubscribe = useIceberg.subscribe((state, previous) => {
      if (applyingHostState) return;
      const next = sharedViewOf(state);
      if (JSON.stringify(next) !== JSON.stringify(sharedViewOf(previous))) {
        post({ source: MESSAGE_SOURCE, type: "state", state: next, group: state.group });
      }
      if (state.m !== previous.m) post({ source: MESSAGE_SOURCE, type: "select", milestone: state.m });
    });
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || window.parent === window) return;
      const expected = parentOrigin();
      if (expected && event.origin !== expected) return;
      const message = parseIncomingMessage(event.data);
      if (!message) return;
      const store = useIceberg.getState();
      if (message.type === "hello") {
        post({ source: MESSAGE_SOURCE, type: "hello", panel });
        reportSize();
      } else if (message.type === "setTheme") store.setTheme(message.theme);
      else if (message.type === "setLang") store.setLang(message.lang);
      else {
        applyingHostState = true;
        store.applyView(applyHostState(selectViewState(store), message.state), "replace");
        applyingHostState = false;
      }
    };
    window.addEventListener("message", onMessage);
    return () => {
      unsubscribe();
      window.removeEventListener("message", onMessage);
    };
  }, [reportSize, panel]);

  return rootRef;
}
