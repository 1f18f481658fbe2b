import { memo } from "react";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { Lang } from "@/data/schemas";
import { useHover } from "@/filters/hover-store";
import { useIceberg } from "@/filters/store";
import { highlightRanges, type parseQuery } from "@/filters/text-search";
import { useI18n } from "@/i18n/i18n";
import { CategoryBadge } from "@/ui/category-badge";
import { excerpt, HighlightedText } from "@/ui/highlighted-text";
import { MilestoneDateLabel } from "./milestone-date-label";

export type SearchTerms = ReturnType<typeof parseQuery>;

/** The title with the search's matches marked; a matching passage of the summary when the title has none. */
function MatchedTitle({ title, summary, terms }: { title: string; summary: string; terms: SearchTerms }) {
  const inTitle = terms.length ? highlightRanges(title, terms) : [];
  const inSummary =
    terms.length && !inTitle.length ? excerpt(summary, highlightRanges(summary, terms)) : null;
  return (
    <>
      <span className="milestone-item__title">
        <HighlightedText text={title} ranges={inTitle} />
      </span>
      {inSummary?.text && (
        <span className="milestone-item__snippet">
          <HighlightedText text={inSummary.text} ranges={inSummary.ranges} />
        </span>
      )}
    </>
  );
}

/** One milestone's button; memoised so a hover or a selection re-renders only the rows it changes. */
export const MilestoneButton = memo(function MilestoneButton({
  milestone: m,
  selected,
  terms,
  lang,
}: {
  milestone: Milestone;
  selected: boolean;
  terms: SearchTerms;
  lang: Lang;
}) {
  const { t } = useI18n();
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const setHover = useHover((s) => s.setHover);
  return (
    <button
      type="button"
      className="milestone-item__button"
      aria-pressed={selected}
      onClick={() => selectMilestone(selected ? null : m.id)}
      onMouseEnter={() => setHover({ milestone: m.id })}
      onMouseLeave={() => setHover({ milestone: null })}
      onFocus={() => setHover({ milestone: m.id })}
      onBlur={() => setHover({ milestone: null })}
    >
      <MatchedTitle title={m.title[lang]} summary={m.summary?.[lang] ?? ""} terms={terms} />
      <span className="milestone-item__meta">
        <MilestoneDateLabel milestone={m} />
        <CategoryBadge category={m.category} />
        {m.disputed && <span className="badge badge--disputed">{t("milestones.disputedBadge")}</span>}
        {m.caveat && <span className="badge badge--caveat">{t("milestones.caveatBadge")}</span>}
      </span>
    </button>
  );
});
