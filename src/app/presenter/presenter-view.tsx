import "./presenter.css";
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { datasetKeys, useOptionalDataset, useRequiredDataset } from "@/data/dataset-queries";
import { useRequiredFullMilestones } from "@/data/milestone-queries";
import { eventStart } from "@/filters/milestone-filter";
import { selectViewState, useIceberg } from "@/filters/store";
import { useI18n } from "@/i18n/i18n";
import { fractionalYear } from "@/panels/trade-arms/chart-years";
import { PanelError } from "@/ui/panel-error";
import { PanelErrorBoundary } from "@/ui/panel-error-boundary";
import { DECK_VERSION } from "../decks/deck-schema";
import { useDeckStore } from "../decks/deck-store";
import { FullscreenButton } from "./fullscreen-button";
import { type SlideDeck, storyDeck, useUserDeck } from "./slide-deck";
import { SlideMap } from "./slide-map";
import { SlideMilestone } from "./slide-milestone";
import { planSlide } from "./slide-plan";
import { clampStep, viewForStep } from "./story-view";
import { usePresenterKeys } from "./use-presenter-keys";

const SlideChart = lazy(() => import("./slide-chart"));

const CONTROLS_VISIBLE_MS = 2500;

function Slide({ deck, step }: { deck: SlideDeck; step: number }) {
  const { t, lang } = useI18n();
  const tradeArms = useRequiredDataset("tradeArms");
  const { features } = useRequiredDataset("energy");
  const { places } = useRequiredDataset("places");
  const milestones = useRequiredFullMilestones();
  const documents = useOptionalDataset("sources")?.documents ?? [];
  const view = deck.steps[step - 1]?.view ?? {};
  const plan = useMemo(
    () =>
      planSlide(
        view,
        { tradeArms, features, places, milestones },
        lang,
        (id) => documents.find((d) => d.id === id)?.titleTranslated[lang] ?? id,
      ),
    [view, tradeArms, features, places, milestones, lang, documents],
  );
  const milestoneStart = plan.milestone ? eventStart(plan.milestone) : null;
  const parts = [plan.chart && "chart", plan.map && "map", plan.milestone && "milestone"].filter(Boolean);
  return (
    <main className="slide" data-layout={parts.join("-") || "caption"}>
      {plan.chart && (
        <section className="slide__part slide__part--chart" aria-label={t("panel.trade")}>
          <Suspense fallback={null}>
            <SlideChart
              series={plan.chart.series}
              range={plan.range}
              plots={plan.chart}
              milestoneYear={milestoneStart ? fractionalYear(milestoneStart) : null}
            />
          </Suspense>
        </section>
      )}
      {plan.map && (
        <section className="slide__part slide__part--map" aria-label={t("panel.energy")}>
          <Suspense fallback={null}>
            <SlideMap features={features} places={places} milestones={milestones} frame={plan.map.frame} />
          </Suspense>
        </section>
      )}
      {plan.milestone && (
        // Long quotes can make the card scroll: it takes focus so a keyboard can scroll it too.
        <section
          className="slide__part slide__part--milestone"
          aria-label={t("panel.milestones")}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: long quotes can make the card scroll, and a scrolling region must take focus for keyboard users
          tabIndex={0}
        >
          <SlideMilestone milestone={plan.milestone} documents={documents} />
        </section>
      )}
    </main>
  );
}

function Presenter() {
  const { t, lang, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const { stories } = useRequiredDataset("stories");
  const storyId = useIceberg((s) => s.story);
  const rawStep = useIceberg((s) => s.step);
  const setStep = useIceberg((s) => s.setStep);
  const startPresenting = useIceberg((s) => s.startPresenting);
  const stopPresenting = useIceberg((s) => s.stopPresenting);
  const userDeck = useUserDeck();
  const story = stories.find((s) => s.id === storyId) ?? stories[0];
  const deck = useMemo(
    () => userDeck.deck ?? (userDeck.error || !story ? null : storyDeck(story, lang)),
    [userDeck, story, lang],
  );
  const step = deck ? clampStep(deck.steps.length, rawStep) : 1;
  const [controlsVisible, setControlsVisible] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!deck) return;
    const state = useIceberg.getState();
    // The step's own history entry already exists: applying its view corrects that entry.
    state.applyView({ ...viewForStep(selectViewState(state), deck.steps[step - 1]?.view), step }, "replace");
  }, [deck, step]);

  const actions = useMemo(
    () => ({
      next: () => deck && step < deck.steps.length && setStep(step + 1),
      previous: () => step > 1 && setStep(step - 1),
      exit: stopPresenting,
    }),
    [deck, step, setStep, stopPresenting],
  );
  usePresenterKeys(actions);

  // A shared deck becomes the one this browser is building, to change and present again.
  const editDeck = (shown: SlideDeck | null) => {
    if (!shown) return;
    useDeckStore.getState().replace({ version: DECK_VERSION, title: shown.title, steps: shown.steps });
    stopPresenting();
  };

  const revealControls = () => {
    setControlsVisible(true);
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setControlsVisible(false), CONTROLS_VISIBLE_MS);
  };

  if (userDeck.error) {
    return (
      <div className="presenter presenter--message">
        <p role="alert" className="presenter__message">
          {t("deck.refused", { reason: t(userDeck.error) })}
        </p>
        <button type="button" className="button" onClick={stopPresenting}>
          {t("present.exit")}
        </button>
      </div>
    );
  }
  if (!deck) return <p className="panel-error">{t("present.missing")}</p>;
  const caption = deck.steps[step - 1]?.caption;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer movement only reveals controls that are also reachable by Tab
    <div className="presenter" onPointerMove={revealControls} onFocus={revealControls}>
      <header className="presenter__bar">
        <h1 className="presenter__title">{deck.title}</h1>
        <nav
          className="presenter__controls"
          data-visible={controlsVisible || undefined}
          aria-label={t("present.controls")}
        >
          <button type="button" className="button" onClick={actions.previous} disabled={step <= 1}>
            {t("present.previous")}
          </button>
          <button
            type="button"
            className="button"
            onClick={actions.next}
            disabled={step >= deck.steps.length}
          >
            {t("present.next")}
          </button>
          {!userDeck.deck && (
            <label>
              <span className="visually-hidden">{t("present.story")}</span>
              <select value={deck.id} onChange={(e) => startPresenting(e.target.value)}>
                {stories.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title[lang]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {userDeck.deck && (
            <button type="button" className="button" onClick={() => editDeck(userDeck.deck)}>
              {t("present.editDeck")}
            </button>
          )}
          <FullscreenButton />
          <button type="button" className="button" onClick={stopPresenting}>
            {t("present.exit")}
          </button>
          <span className="presenter__hint">{t("present.hint")}</span>
        </nav>
        <p className="presenter__progress">
          {t("present.step", { step: formatNumber(step), total: formatNumber(deck.steps.length) })}
        </p>
      </header>
      {/* A dataset that fails takes only the slide: the caption and the way back stay. */}
      <PanelErrorBoundary
        onRetry={() =>
          void queryClient.resetQueries({
            queryKey: datasetKeys.all,
            predicate: (q) => q.state.status === "error",
          })
        }
        fallback={(error, retry) => (
          <main className="slide">
            <PanelError error={error} onRetry={retry} />
          </main>
        )}
      >
        <Slide deck={deck} step={step} />
      </PanelErrorBoundary>
      <p className="presenter__caption" aria-live="polite">
        {caption}
      </p>
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
