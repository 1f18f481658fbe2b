import { useEffect, useState } from "react";

const ANNOUNCE_EVERY_MS = 500;

/** Shows the summary at once, but lets screen readers hear it at most twice a second. */
export function LiveSummary({ text }: { text: string }) {
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(text), ANNOUNCE_EVERY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p className="filter-summary" aria-hidden="true">
        {text}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
