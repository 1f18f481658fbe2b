import { useEffect, useState } from "react";
import { useI18n } from "@/i18n/i18n";

/** Slow enough to read the list and see the map change at each step. */
const STEP_MS = 1200;

/** What the player asks of its container, which owns the range and its history. */
export interface PlayActions {
  /** Shows the first window of a run. */
  onStart: () => void;
  /** Moves the window one year on; false when the run is over. */
  onStep: () => boolean;
}

/**
 * Play sweeps a window of fixed width through the years, so each frame shows one period's
 * deliveries, flows and milestones, one step each STEP_MS until the last year or Pause.
 */
export function TimePlayer({ onStart, onStep }: PlayActions) {
  const { t } = useI18n();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!onStep()) setPlaying(false);
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, onStep]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    onStart();
    setPlaying(true);
  };

  return (
    <button type="button" className="button time-player" data-export-exclude onClick={toggle}>
      <span aria-hidden="true">{playing ? "⏸" : "▶"}</span> {playing ? t("player.pause") : t("player.play")}
    </button>
  );
}
