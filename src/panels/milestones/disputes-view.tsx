import type { Milestone, SourceDoc } from "@/data/schemas";
import { dirOf, useI18n } from "@/i18n/i18n";
import { MilestoneDateLabel } from "./milestone-date-label";
import { citationModels, partitionDisputes } from "./milestone-detail-model";
import "./disputes-view.css";

/** Every disputed record at once, each document's claim beside the others, in its own words. */
export function DisputesView({
  milestones,
  documents,
  onOpen,
}: {
  milestones: readonly Milestone[];
  documents: readonly SourceDoc[];
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const { disputed, doubtful } = partitionDisputes(milestones);
  if (!disputed.length && !doubtful.length) return <p className="empty">{t("milestones.disputesEmpty")}</p>;
  return (
    <section className="disputes" aria-label={t("milestones.disputedOnly")}>
      <h3 className="disputes__heading">{t("milestones.disputesHeading", { count: disputed.length })}</h3>
      {disputed.map((m) => (
        <article key={m.id} className="dispute" data-milestone-id={m.id}>
          <h4 className="dispute__title">
            <button type="button" className="link-button" onClick={() => onOpen(m.id)}>
              {m.title[lang]}
            </button>
          </h4>
          <p className="dispute__meta">
            <MilestoneDateLabel milestone={m} documents={documents} />
          </p>
          <p className="disputed">{m.disputed?.[lang]}</p>
          {m.caveat && (
            <p className="caveat">
              <strong>{t("milestones.caveat")}: </strong>
              {m.caveat[lang]}
            </p>
          )}
          <ul className="dispute__claims">
            {citationModels(m.sources, documents, lang).map(
              ({ key, citation: c, document: doc, translation }) => (
                <li key={key} className="dispute__claim">
                  <p className="citation__doc">{doc?.titleTranslated[lang] ?? c.doc}</p>
                  <p className="dispute__says">{c.claim ? c.claim[lang] : t("milestones.noClaim")}</p>
                  <blockquote
                    className="citation__quote"
                    lang={doc?.language}
                    dir={doc ? dirOf(doc.language) : "auto"}
                  >
                    <span className="mark mark--original">{t("milestones.original")}</span>{" "}
                    {c.display ?? c.quote}
                  </blockquote>
                  {translation && (
                    <p className="citation__translation" dir={dirOf(lang)}>
                      <span className="mark mark--translated">{t("milestones.translated")}</span>{" "}
                      {translation}
                    </p>
                  )}
                </li>
              ),
            )}
          </ul>
        </article>
      ))}
      {doubtful.length > 0 && (
        <>
          <h3 className="disputes__heading">{t("milestones.doubtfulHeading", { count: doubtful.length })}</h3>
          {doubtful.map((m) => (
            <article key={m.id} className="dispute" data-milestone-id={m.id}>
              <h4 className="dispute__title">
                <button type="button" className="link-button" onClick={() => onOpen(m.id)}>
                  {m.title[lang]}
                </button>
              </h4>
              <p className="dispute__meta">
                <MilestoneDateLabel milestone={m} documents={documents} />
              </p>
              <p className="caveat">{m.caveat?.[lang]}</p>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
