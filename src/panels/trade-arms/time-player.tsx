import { useEffect, useState } from "react";
import { useIceberg } from "@/filters/store";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";

/** Slow enough to read the list and see the map change at each step. */
const STEP_MS = 1200;
/** The window a Play sweeps when no narrower range is chosen: five years, 1991–1995 first. */
const DEFAULT_SPAN = 4;

/** The first window of a Play: the chosen range, or five years from 1991 when none is chosen or it reached the end. */
export function firstWindow(from: number | null, to: number | null): { from: number; to: number } {
  const start = from ?? YEAR_MIN;
  const end = to ?? YEAR_MAX;
  const whole = end - start >= YEAR_MAX - YEAR_MIN;
  const span = whole ? DEFAULT_SPAN : end - start;
  return whole || end >= YEAR_MAX ? { from: YEAR_MIN, to: YEAR_MIN + span } : { from: start, to: end };
}

/**
 * Play sweeps a window of fixed width through the years, so each frame shows one period's
 * deliveries, flows and milestones. The first frame is one history entry; the rest replace it.
 */
export function TimePlayer() {
  const { t } = useI18n();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { from, to, setRange } = useIceberg.getState();
      if (from === null || to === null || to >= YEAR_MAX) {
        setPlaying(false);
        return;
      }
      setRange(from + 1, to + 1, "replace");
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const { from, to, setRange } = useIceberg.getState();
    const start = firstWindow(from, to);
    setRange(start.from, start.to);
    setPlaying(true);
  };

  return (
    <button type="button" className="button time-player" onClick={toggle}>
      <span aria-hidden="true">{playing ? "⏸" : "▶"}</span> {playing ? t("player.pause") : t("player.play")}
    </button>
  );
}
