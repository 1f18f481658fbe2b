import { useEffect, useRef } from "react";
import type { Place } from "@/data/map-schemas";
import type { MilestoneEntry } from "@/data/milestone-split";
import type { Milestone, SourceDoc } from "@/data/schemas";
import { dirOf, useI18n } from "@/i18n/i18n";
import { CategoryBadge } from "@/ui/category-badge";
import { DatasetNotice } from "@/ui/dataset-notice";
import { CitationQuote } from "./citation-quote";
import { ExternalDateNote, MilestoneDateLabel } from "./milestone-date-label";
import { type CitationModel, citationModels, linkedPlaces } from "./milestone-detail-model";
import "./milestone-detail.css";

interface Props {
  milestone: MilestoneEntry;
  /** Its summary and citations, loaded when it opens; undefined until then. */
  details: Milestone | undefined;
  documents: readonly SourceDoc[];
  places: readonly Place[];
  /** Whether the details' file failed to load: the loading line then says so, with a Retry. */
  detailsFailed: boolean;
  onClose: () => void;
  onShowPlace: (id: string) => void;
}

export function MilestoneDetail({
  milestone,
  details,
  documents,
  places,
  detailsFailed,
  onClose,
  onShowPlace,
}: Props) {
  const { t, lang } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus each time another milestone opens
  useEffect(() => {
    if (document.activeElement?.closest(".milestone-list")) headingRef.current?.focus();
  }, [milestone.id]);

  const placesOnMap = linkedPlaces(milestone, places);

  return (
    <article className="milestone-detail" aria-label={t("milestones.detail")}>
      <header className="milestone-detail__header">
        <h3 ref={headingRef} tabIndex={-1} className="milestone-detail__title">
          {milestone.title[lang]}
        </h3>
        <button type="button" className="button button--quiet" data-export-exclude onClick={onClose}>
          {t("milestones.close")}
        </button>
      </header>
      <p className="milestone-detail__meta">
        <MilestoneDateLabel milestone={milestone} documents={documents} />
        <CategoryBadge category={milestone.category} />
      </p>
      <ExternalDateNote milestone={milestone} />
      {details ? <p>{details.summary[lang]}</p> : <DetailsLoading failed={detailsFailed} />}
      <p className="note">{t("milestones.translationNote")}</p>
      {milestone.disputed && (
        <p className="disputed" role="note">
          <strong>{t("milestones.disputed")}: </strong>
          {milestone.disputed[lang]}
        </p>
      )}
      {milestone.caveat && (
        <p className="caveat" role="note">
          <strong>{t("milestones.caveat")}: </strong>
          {milestone.caveat[lang]}
        </p>
      )}
      {placesOnMap.length > 0 && (
        <p className="milestone-detail__places">
          <span>{t("milestones.showOnMap")}: </span>
          {placesOnMap.map((place) => (
            <button key={place.id} type="button" className="chip" onClick={() => onShowPlace(place.id)}>
              {place.name[lang]}
            </button>
          ))}
        </p>
      )}
      <h4>{t("milestones.sources")}</h4>
      <DatasetNotice name="sources" />
      <ul className="citations">
        {citationModels(details?.sources ?? [], documents, lang).map((model) => (
          <CitationView key={model.key} model={model} />
        ))}
      </ul>
    </article>
  );
}

function CitationView({ model: { citation, document, translation } }: { model: CitationModel }) {
  const { t, lang } = useI18n();
  return (
    <li className="citation">
      <p className="citation__doc">
        {document ? `${document.titleTranslated[lang]} — ${document.publisher}` : citation.doc}
      </p>
      {citation.claim && (
        <p className="citation__claim">{t("milestones.claim", { claim: citation.claim[lang] })}</p>
      )}
      <CitationQuote citation={citation} language={document?.language} />
      {translation && (
        <p className="citation__translation" dir={dirOf(lang)}>
          <span className="mark mark--translated">{t("milestones.translated")}</span> {translation}
        </p>
      )}
    </li>
  );
}

/** While a milestone's summary and citations load; a failure says so, naming the file, with a Retry. */
export function DetailsLoading({ failed }: { failed: boolean }) {
  const { t } = useI18n();
  if (failed) return <DatasetNotice name="milestoneDetails" />;
  return (
    <p className="loading" role="status">
      {t("app.loading")}
    </p>
  );
}
