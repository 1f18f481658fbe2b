import "./year-range.css";
import { useIceberg } from "@/filters/store";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import { useHistoryGesture } from "./use-history-gesture";

/** Two keyboard-operable thumbs: the non-drag alternative to the chart's brush. */
export function YearRange() {
  const { t, formatYear } = useI18n();
  const from = useIceberg((s) => s.from) ?? YEAR_MIN;
  const to = useIceberg((s) => s.to) ?? YEAR_MAX;
  const setRange = useIceberg((s) => s.setRange);
  const gesture = useHistoryGesture();
  const commit = (nextFrom: number, nextTo: number) => {
    const full = nextFrom <= YEAR_MIN && nextTo >= YEAR_MAX;
    setRange(full ? null : nextFrom, full ? null : nextTo, gesture.next());
  };
  // A drag, or a held arrow key, is one history entry; releasing the thumb or the key ends it.
  const gestureHandlers = {
    onPointerDown: gesture.begin,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (!e.repeat) gesture.begin();
    },
    onPointerUp: gesture.end,
    onKeyUp: gesture.end,
    onBlur: gesture.end,
  };
  const left = ((from - YEAR_MIN) / (YEAR_MAX - YEAR_MIN)) * 100;
  const right = ((to - YEAR_MIN) / (YEAR_MAX - YEAR_MIN)) * 100;
  return (
    <fieldset className="year-range">
      <legend>{t("filters.years")}</legend>
      <div className="year-range__values" dir="ltr" aria-hidden="true">
        <span>{formatYear(from)}</span>
        <span>{formatYear(to)}</span>
      </div>
      <div
        className="year-range__track"
        dir="ltr"
        style={{ "--from": `${left}%`, "--to": `${right}%` } as React.CSSProperties}
      >
        <input
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={from}
          aria-label={t("filters.from")}
          aria-valuetext={formatYear(from)}
          {...gestureHandlers}
          onChange={(e) => commit(Math.min(Number(e.target.value), to), to)}
        />
        <input
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={to}
          aria-label={t("filters.to")}
          aria-valuetext={formatYear(to)}
          {...gestureHandlers}
          onChange={(e) => commit(from, Math.max(Number(e.target.value), from))}
        />
      </div>
    </fieldset>
  );
}
