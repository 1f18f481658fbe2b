import { useEffect, useState } from "react";
import { useI18n } from "@/i18n/i18n";

/** Fills the screen with the slides (Fullscreen API); the browser's own Escape leaves full screen. */
export function FullscreenButton() {
  const { t } = useI18n();
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () =>
    void (document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen());
  return (
    <button type="button" className="button" aria-pressed={full} onClick={toggle}>
      {t("present.fullscreen")}
    </button>
  );
}
