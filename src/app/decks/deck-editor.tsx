import "./deck-editor.css";
import { useEffect, useId, useRef, useState } from "react";
import { useOptionalDataset } from "@/data/dataset-queries";
import { useOptionalMilestones } from "@/data/milestone-queries";
import { selectViewState, useIceberg } from "@/filters/store";
import { siteBase, viewLink } from "@/filters/url-state";
import { sharedViewFromStory } from "@/filters/view-codec";
import { DEFAULT_VIEW } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import { downloadFile } from "@/lib/csv";
import { CopyField } from "@/ui/copy-field";
import { useModalDialog } from "@/ui/use-modal-dialog";
import { viewFilterLabels } from "../share/view-labels";
import { encodeDeck, parseDeckJson } from "./deck-codec";
import { MAX_DECK_STEPS } from "./deck-schema";
import { deckOf, useDeckStore } from "./deck-store";
import "@/ui/dialog.css";

/** A JSON file larger than this is refused unread. */
const MAX_DECK_FILE = 256_000;

/** "Add this view to a story", and the editor of the story being built: captions, order, present, share. */
export function DeckEditor() {
  const { t, lang, formatYear, formatNumber } = useI18n();
  // The view is read when it is added, not followed: a range step does not re-render the editor.
  const viewLang = useIceberg((s) => s.lang);
  const presentDeck = useIceberg((s) => s.presentDeck);
  const deck = useDeckStore();
  const dialog = useModalDialog();
  const fileRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [message, setMessage] = useState("");
  const [link, setLink] = useState("");
  const documents = useOptionalDataset("sources")?.documents ?? [];
  const milestones = useOptionalMilestones() ?? [];
  const features = useOptionalDataset("energy")?.features ?? [];
  const places = useOptionalDataset("places")?.places ?? [];
  const labelsOf = (stepView: Parameters<typeof viewFilterLabels>[0]) =>
    viewFilterLabels(stepView, { t, lang, formatYear, documents, milestones, features, places });
  const fallbackTitle = t("deck.defaultTitle");
  const full = deck.steps.length >= MAX_DECK_STEPS;

  useEffect(() => {
    if (!dialog.open || deck.steps.length === 0) {
      setLink("");
      return;
    }
    let current = true;
    void encodeDeck(deckOf(deck, fallbackTitle)).then((encoded) => {
      if (!current) return;
      setLink(
        viewLink(siteBase(window.location.href), {
          ...DEFAULT_VIEW,
          lang: viewLang,
          present: true,
          deck: encoded,
          step: 1,
        }),
      );
    });
    return () => {
      current = false;
    };
  }, [dialog.open, deck, fallbackTitle, viewLang]);

  const addView = () => {
    const view = selectViewState(useIceberg.getState());
    const caption = labelsOf(view).join(" · ");
    deck.addView(view, caption);
    setMessage(t("deck.added", { step: formatNumber(useDeckStore.getState().steps.length) }));
  };
  const present = async () => {
    dialog.close();
    presentDeck(await encodeDeck(deckOf(deck, fallbackTitle)));
  };
  const save = () =>
    downloadFile(
      "iceberg-story.json",
      `${JSON.stringify(deckOf(deck, fallbackTitle), null, 2)}\n`,
      "application/json",
    );
  const load = async (file: File | undefined) => {
    if (!file) return;
    const result =
      file.size > MAX_DECK_FILE
        ? ({ deck: null, error: "deck.tooLarge" } as const)
        : parseDeckJson(await file.text());
    if (result.deck) {
      deck.replace(result.deck);
      setMessage(t("deck.imported", { count: result.deck.steps.length }));
    } else {
      setMessage(t("deck.fileRefused", { reason: t(result.error) }));
    }
    if (fileRef.current) fileRef.current.value = "";
  };

  return (
    <>
      <button type="button" className="button" onClick={addView} disabled={full}>
        {t("deck.add")}
      </button>
      <button type="button" className="button" onClick={dialog.show}>
        {t("deck.open", { count: formatNumber(deck.steps.length) })}
      </button>
      {!dialog.open && (
        <p className="visually-hidden" role="status">
          {message}
        </p>
      )}
      <dialog {...dialog.dialogProps} className="dialog deck-dialog" aria-labelledby={titleId}>
        {dialog.open && (
          <>
            <header className="deck-dialog__header">
              <h2 id={titleId}>{t("deck.heading")}</h2>
              <button type="button" className="button" onClick={dialog.close}>
                {t("milestones.close")}
              </button>
            </header>
            <label className="deck-dialog__field">
              {t("deck.titleLabel")}
              <input
                type="text"
                value={deck.title}
                placeholder={fallbackTitle}
                maxLength={120}
                onChange={(e) => deck.setTitle(e.target.value)}
              />
            </label>
            {deck.steps.length === 0 ? (
              <p className="note">{t("deck.empty")}</p>
            ) : (
              <ol className="deck-steps">
                {deck.steps.map((step, index) => {
                  const number = formatNumber(index + 1);
                  const labels = labelsOf(sharedViewFromStory(step.view));
                  return (
                    // Captions are the only state of an item; the index is its identity in this list.
                    // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id of their own
                    <li key={index} className="deck-step">
                      <h3 className="deck-step__view">
                        {t("deck.step", {
                          step: number,
                          view: labels.length ? labels.join(" · ") : t("filters.none"),
                        })}
                      </h3>
                      <label className="deck-dialog__field">
                        {t("deck.caption", { step: number })}
                        <textarea
                          rows={2}
                          maxLength={600}
                          value={step.caption}
                          onChange={(e) => deck.setCaption(index, e.target.value)}
                        />
                      </label>
                      <div className="deck-step__buttons">
                        <button
                          type="button"
                          className="button"
                          disabled={index === 0}
                          onClick={() => deck.move(index, -1)}
                        >
                          {t("deck.up", { step: number })}
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={index === deck.steps.length - 1}
                          onClick={() => deck.move(index, 1)}
                        >
                          {t("deck.down", { step: number })}
                        </button>
                        <button type="button" className="button" onClick={() => deck.remove(index)}>
                          {t("deck.delete", { step: number })}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
            <div className="deck-dialog__buttons">
              <button
                type="button"
                className="button"
                disabled={deck.steps.length === 0}
                onClick={() => void present()}
              >
                {t("deck.present")}
              </button>
              <button type="button" className="button" disabled={deck.steps.length === 0} onClick={save}>
                {t("deck.export")}
              </button>
              <label className="deck-dialog__file">
                {t("deck.import")}
                <input
                  ref={fileRef}
                  type="file"
                  accept="application/json,.json"
                  onChange={(e) => void load(e.target.files?.[0])}
                />
              </label>
              <button
                type="button"
                className="button"
                disabled={deck.steps.length === 0}
                onClick={deck.clear}
              >
                {t("deck.clear")}
              </button>
            </div>
            {link && <CopyField label={t("deck.link")} value={link} rows={3} />}
            <p role="status" className="deck-dialog__status">
              {message}
            </p>
          </>
        )}
      </dialog>
    </>
  );
}
