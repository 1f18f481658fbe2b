import type { Milestone, SourceDoc } from "@/data/schemas";
import { dirOf, useI18n } from "@/i18n/i18n";
import { MilestoneDateLabel } from "@/panels/milestones/milestone-date-label";
import { CategoryBadge } from "@/ui/category-badge";
import "./slide-milestone.css";

/** Quotes a slide has room for; the rest are counted, never cut mid-quote. */
const MAX_QUOTES = 2;

/** The step's milestone as the room reads it: what happened, and who says so in their own words. */
export function SlideMilestone({
  milestone,
  documents,
}: {
  milestone: Milestone;
  documents: readonly SourceDoc[];
}) {
  const { t, lang } = useI18n();
  const shown = milestone.sources.slice(0, MAX_QUOTES);
  const more = milestone.sources.length - shown.length;
  return (
    <article className="slide-milestone" aria-label={t("milestones.detail")}>
      <p className="slide-milestone__meta">
        <MilestoneDateLabel milestone={milestone} documents={documents} />
        <CategoryBadge category={milestone.category} />
      </p>
      <h2 className="slide-milestone__title">{milestone.title[lang]}</h2>
      {milestone.disputed && (
        <p className="slide-milestone__disputed">
          <strong>{t("milestones.disputed")}: </strong>
          {milestone.disputed[lang]}
        </p>
      )}
      <ul className="slide-milestone__quotes">
        {shown.map((citation) => {
          const document = documents.find((d) => d.id === citation.doc);
          const original = document?.language;
          const translation =
            original === lang ? undefined : (citation.translation[lang] ?? citation.translation.en);
          return (
            <li key={`${citation.doc}-${citation.quote}`}>
              {/* The quote as its language's reader reads it (the PDF extract's word order is the
                  dashboard's, one click away), in its own direction whatever the slide's language. */}
              <blockquote lang={original} dir={original ? dirOf(original) : "auto"}>
                <span className="mark mark--original">{t("milestones.original")}</span>{" "}
                <bdi>{citation.display ?? citation.quote}</bdi>
              </blockquote>
              {translation && (
                <p className="slide-milestone__translation">
                  <span className="mark mark--translated">{t("milestones.translated")}</span>{" "}
                  <bdi>{translation}</bdi>
                </p>
              )}
              <p className="slide-milestone__source">
                — {document ? `${document.titleTranslated[lang]}, ${document.publisher}` : citation.doc}
              </p>
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="slide-milestone__more">{t("present.moreSources", { count: more })}</p>}
    </article>
  );
}
