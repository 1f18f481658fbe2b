/*
 * Iceberg host script. Include once on a page that embeds Iceberg panels:
 *   <script src="https://…/embed.js" async></script>
 * It sizes every Iceberg iframe from its own resize messages, and relays the view between the
 * Iceberg iframes of the same `group`, so that a brush in one embedded panel filters the others.
 */
(() => {
  if (window.__icebergHost) return;
  window.__icebergHost = true;

  const SOURCE = "iceberg";
  const MAX_HEIGHT = 10000;

  /** The frame that sent a message, found by its window: never by trusting the payload. */
  function frameOf(win) {
    for (const frame of document.getElementsByTagName("iframe")) {
      if (frame.contentWindow === win) return frame;
    }
    return null;
  }

  function groupOf(frame) {
    try {
      return new URL(frame.src, location.href).searchParams.get("group");
    } catch {
      return null;
    }
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  }

  function hasLoaded(frame) {
    try {
      return frame.contentWindow.location.href !== "about:blank";
    } catch {
      return true; // another origin's document: it has loaded
    }
  }

  /** Embeds may have reported their size before this script ran: ask each one again. */
  function greet(frame) {
    const origin = originOf(frame);
    if (frame.contentWindow && origin && hasLoaded(frame)) {
      frame.contentWindow.postMessage({ source: SOURCE, type: "hello" }, origin);
    }
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || typeof data !== "object" || data.source !== SOURCE) return;
    const frame = frameOf(event.source);
    if (!frame || originOf(frame) !== event.origin) return;

    if (data.type === "resize") {
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0) frame.style.height = `${Math.min(MAX_HEIGHT, Math.ceil(height))}px`;
      return;
    }

    if (data.type === "state" && data.state && typeof data.state === "object") {
      const group = groupOf(frame);
      if (!group) return;
      for (const other of document.getElementsByTagName("iframe")) {
        if (other === frame || groupOf(other) !== group || !other.contentWindow) continue;
        const origin = originOf(other);
        if (origin) other.contentWindow.postMessage({ source: SOURCE, type: "setState", state: data.state }, origin);
      }
    }
  });

  for (const frame of document.getElementsByTagName("iframe")) {
    greet(frame);
    frame.addEventListener("load", () => greet(frame));
  }
})();
