import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useRequiredDataset } from "../../data/dataset-queries";
import { selectViewState, useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { PanelSlot } from "../panel-slot";
import { replaceNextUrl } from "../url-sync";
import { clampStep, viewForStep } from "./story-view";
import { usePresenterKeys } from "./use-presenter-keys";

const CONTROLS_VISIBLE_MS = 2500;

function Presenter() {
  const { t, lang, formatNumber } = useI18n();
  const { stories } = useRequiredDataset("stories");
  const storyId = useIceberg((s) => s.story);
  const rawStep = useIceberg((s) => s.step);
  const setStep = useIceberg((s) => s.setStep);
  const startPresenting = useIceberg((s) => s.startPresenting);
  const stopPresenting = useIceberg((s) => s.stopPresenting);
  const story = stories.find((s) => s.id === storyId) ?? stories[0];
  const step = story ? clampStep(story, rawStep) : 1;
  const [controlsVisible, setControlsVisible] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!story) return;
    const state = useIceberg.getState();
    // The step's own history entry already exists: applying its view corrects that entry.
    replaceNextUrl();
    state.applyView({ ...viewForStep(selectViewState(state), story, step), story: story.id, step });
  }, [story, step]);

  const actions = useMemo(
    () => ({
      next: () => story && step < story.steps.length && setStep(step + 1),
      previous: () => step > 1 && setStep(step - 1),
      exit: stopPresenting,
    }),
    [story, step, setStep, stopPresenting],
  );
  usePresenterKeys(actions);

  const revealControls = () => {
    setControlsVisible(true);
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setControlsVisible(false), CONTROLS_VISIBLE_MS);
  };

  if (!story) return <p className="panel-error">{t("present.missing")}</p>;
  const caption = story.steps[step - 1]?.caption[lang];

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer movement only reveals controls that are also reachable by Tab
    <div className="presenter" onPointerMove={revealControls} onFocus={revealControls}>
      <header className="presenter__bar">
        <h1 className="presenter__title">{story.title[lang]}</h1>
        <p className="presenter__progress">
          {t("present.step", { step: formatNumber(step), total: formatNumber(story.steps.length) })}
        </p>
      </header>
      <main className="presenter__panels">
        <PanelSlot panel="trade" />
        <PanelSlot panel="energy" />
      </main>
      <p className="presenter__caption" aria-live="polite">
        {caption}
      </p>
      <nav
        className="presenter__controls"
        data-visible={controlsVisible || undefined}
        aria-label={t("present.controls")}
      >
        <button type="button" className="button" onClick={actions.previous} disabled={step <= 1}>
          {t("present.previous")}
        </button>
        <button type="button" className="button" onClick={actions.next} disabled={step >= story.steps.length}>
          {t("present.next")}
        </button>
        <label>
          <span className="visually-hidden">{t("present.story")}</span>
          <select value={story.id} onChange={(e) => startPresenting(e.target.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={stopPresenting}>
          {t("present.exit")}
        </button>
        <span className="presenter__hint">{t("present.hint")}</span>
      </nav>
    </div>
  );
}

/** A failure here (stories.json) is shown by the view's boundary, which always offers a way back. */
export default function PresenterView() {
  return (
    <Suspense fallback={null}>
      <Presenter />
    </Suspense>
  );
}
