/*
 * Iceberg host script. Include once on a page that embeds Iceberg panels:
 *   <script src="https://…/embed.js" async></script>
 * It sizes every Iceberg iframe from its own resize messages, and relays the view between the
 * Iceberg iframes of the same `group`, so that a brush in one embedded panel filters the others.
 *
 * It trusts a frame only once verified: the frame's src is on the origin this script was served
 * from, and the window behind that frame has answered a `hello` from that origin. Messages are
 * matched to frames by `event.source`, never by their payload or by a substring of a URL.
 */
(() => {
  if (window.__icebergHost) return;
  window.__icebergHost = true;

  const SOURCE = "iceberg";
  const MAX_HEIGHT = 10000;
  const script = document.currentScript;
  const ICEBERG_ORIGIN = script?.src ? new URL(script.src, location.href).origin : null;
  if (!ICEBERG_ORIGIN) return;

  /** Frames whose window answered our hello from the Iceberg origin. */
  const verified = new WeakSet();

  function frameUrl(frame) {
    try {
      return new URL(frame.src, location.href);
    } catch {
      return null;
    }
  }

  /** An iframe that claims to show Iceberg: its src is on the Iceberg origin. */
  const isIcebergFrame = (frame) => frameUrl(frame)?.origin === ICEBERG_ORIGIN;

  /** The Iceberg frame that sent a message, found by its window. */
  function frameOf(win) {
    if (!win) return null;
    for (const frame of document.getElementsByTagName("iframe")) {
      if (frame.contentWindow === win) return isIcebergFrame(frame) ? frame : null;
    }
    return null;
  }

  const groupOf = (frame) => frameUrl(frame)?.searchParams.get("group") ?? null;

  function hasLoaded(frame) {
    try {
      return frame.contentWindow.location.href !== "about:blank";
    } catch {
      return true; // another origin's document: it has loaded
    }
  }

  /** Asks the frame to prove it is Iceberg (and, as embeds may have reported their size before this script ran, to report it again). */
  function greet(frame) {
    if (isIcebergFrame(frame) && frame.contentWindow && hasLoaded(frame)) {
      frame.contentWindow.postMessage({ source: SOURCE, type: "hello" }, ICEBERG_ORIGIN);
    }
  }

  window.addEventListener("message", (event) => {
    if (event.origin !== ICEBERG_ORIGIN) return;
    const data = event.data;
    if (!data || typeof data !== "object" || data.source !== SOURCE) return;
    const frame = frameOf(event.source);
    if (!frame) return;

    if (data.type === "hello") {
      verified.add(frame);
      return;
    }
    if (!verified.has(frame)) {
      greet(frame);
      return;
    }

    if (data.type === "resize") {
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0) frame.style.height = `${Math.min(MAX_HEIGHT, Math.ceil(height))}px`;
      return;
    }

    if (data.type === "state" && data.state && typeof data.state === "object") {
      const group = groupOf(frame);
      if (!group) return;
      for (const other of document.getElementsByTagName("iframe")) {
        if (other === frame || !verified.has(other) || groupOf(other) !== group || !other.contentWindow) continue;
        other.contentWindow.postMessage({ source: SOURCE, type: "setState", state: data.state }, ICEBERG_ORIGIN);
      }
    }
  });

  for (const frame of document.getElementsByTagName("iframe")) {
    greet(frame);
    frame.addEventListener("load", () => greet(frame));
  }
})();
