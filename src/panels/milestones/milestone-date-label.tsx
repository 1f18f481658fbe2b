import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { SourceDoc } from "@/data/schemas";
import { useI18n } from "@/i18n/i18n";
import { formatIsoDate, formatMilestoneDate } from "@/lib/format-date";

/** The event's date, or for a standing fact "undated" (in the list) or the date of each document stating it. */
export function MilestoneDateLabel({
  milestone,
  documents,
}: {
  milestone: Milestone;
  documents?: readonly SourceDoc[];
}) {
  const { t, lang } = useI18n();
  const { date } = milestone;
  if (date.precision !== "undated") {
    return <time dateTime={date.start}>{formatMilestoneDate(date, lang)}</time>;
  }
  if (!documents) return <span className="milestone-date--undated">{t("milestones.undated")}</span>;
  const statedIn = date.asOf.map(({ doc, date: asOf }) => {
    const name = documents.find((d) => d.id === doc)?.titleTranslated[lang] ?? doc;
    return asOf
      ? t("milestones.asOf", { date: formatIsoDate(asOf, lang), doc: name })
      : t("milestones.asOfUndatedDoc", { doc: name });
  });
  return (
    <span className="milestone-date--undated">
      {t("milestones.undatedStatedIn", { docs: statedIn.join("; ") })}
    </span>
  );
}

/** Said beside a date that no document gives. */
export function ExternalDateNote({ milestone }: { milestone: Milestone }) {
  const { t } = useI18n();
  if (milestone.date.precision === "undated" || !milestone.date.external) return null;
  const sources = milestone.date.external.map((s) => (s.date ? `${s.publisher}, ${s.date}` : s.publisher));
  return (
    <p className="note milestone-date__external" role="note">
      {t("milestones.externalDate", { sources: sources.join("; ") })}
    </p>
  );
}
