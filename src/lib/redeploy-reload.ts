const RELOADED_FOR = "iceberg.reloadedFor";

const entryScriptOf = (doc: Document): string | null => {
  const script = doc.querySelector<HTMLScriptElement>('script[type="module"][src]');
  return script ? new URL(script.getAttribute("src") ?? "", document.baseURI).href : null;
};

/**
 * A chunk that fails to load may have been removed by a redeploy: if the server now names another
 * entry script, reload once onto the new version. Anything else (offline, flaky network) is left to
 * the message and its Retry, since a reload would only trade it for the browser's error page.
 */
export async function reloadIfRedeployed(): Promise<boolean> {
  const current = entryScriptOf(document);
  if (!current) return false;
  let html: string;
  try {
    // The query string keeps the service worker's precache from answering for the network.
    const response = await fetch(`./?version-check=${Date.now()}`, { cache: "no-store" });
    if (!response.ok) return false;
    html = await response.text();
  } catch {
    return false;
  }
  const deployed = entryScriptOf(new DOMParser().parseFromString(html, "text/html"));
  if (!deployed || deployed === current) return false;
  if (sessionStorage.getItem(RELOADED_FOR) === deployed) return false;
  sessionStorage.setItem(RELOADED_FOR, deployed);
  window.location.reload();
  return true;
}
