import { useEffect, useRef } from "react";
import type { Citation, Milestone, Place, SourceDoc } from "../../data/schemas";
import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { formatMilestoneDate } from "../../lib/format-date";
import { CategoryBadge } from "../../ui/category-badge";
import { DatasetNotice } from "../../ui/dataset-notice";

interface Props {
  milestone: Milestone;
  documents: readonly SourceDoc[];
  places: readonly Place[];
}

export function MilestoneDetail({ milestone, documents, places }: Props) {
  const { t, lang } = useI18n();
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const selectFeature = useIceberg((s) => s.selectFeature);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus each time another milestone opens
  useEffect(() => {
    if (document.activeElement?.closest(".milestone-list")) headingRef.current?.focus();
  }, [milestone.id]);

  const linkedPlaces = milestone.places
    .map((id) => places.find((p) => p.id === id))
    .filter((p): p is Place => p !== undefined);

  return (
    <article className="milestone-detail" aria-label={t("milestones.detail")}>
      <header className="milestone-detail__header">
        <h3 ref={headingRef} tabIndex={-1} className="milestone-detail__title">
          {milestone.title[lang]}
        </h3>
        <button
          type="button"
          className="button button--quiet"
          data-export-exclude
          onClick={() => selectMilestone(null)}
        >
          {t("milestones.close")}
        </button>
      </header>
      <p className="milestone-detail__meta">
        <time dateTime={milestone.date.start}>{formatMilestoneDate(milestone.date, lang)}</time>
        <CategoryBadge category={milestone.category} />
      </p>
      <p>{milestone.summary[lang]}</p>
      <p className="note">{t("milestones.translationNote")}</p>
      {milestone.disputed && (
        <p className="disputed" role="note">
          <strong>{t("milestones.disputed")}: </strong>
          {milestone.disputed[lang]}
        </p>
      )}
      {linkedPlaces.length > 0 && (
        <p className="milestone-detail__places">
          <span>{t("milestones.showOnMap")}: </span>
          {linkedPlaces.map((place) => (
            <button key={place.id} type="button" className="chip" onClick={() => selectFeature(place.id)}>
              {place.name[lang]}
            </button>
          ))}
        </p>
      )}
      <h4>{t("milestones.sources")}</h4>
      <DatasetNotice name="sources" />
      <ul className="citations">
        {milestone.sources.map((citation) => (
          <CitationView
            key={`${citation.doc}-${citation.quote}`}
            citation={citation}
            document={documents.find((d) => d.id === citation.doc)}
          />
        ))}
      </ul>
    </article>
  );
}

function CitationView({ citation, document }: { citation: Citation; document: SourceDoc | undefined }) {
  const { t, lang } = useI18n();
  const original = document?.language;
  const translation = original === lang ? undefined : (citation.translation[lang] ?? citation.translation.en);
  return (
    <li className="citation">
      <p className="citation__doc">
        {document ? `${document.titleTranslated[lang]} — ${document.publisher}` : citation.doc}
      </p>
      {citation.claim && (
        <p className="citation__claim">{t("milestones.claim", { claim: citation.claim[lang] })}</p>
      )}
      <blockquote className="citation__quote" lang={original} dir="auto">
        <span className="mark mark--original">{t("milestones.original")}</span> {citation.quote}
      </blockquote>
      {translation && (
        <p className="citation__translation" dir="auto">
          <span className="mark mark--translated">{t("milestones.translated")}</span> {translation}
        </p>
      )}
    </li>
  );
}
