import { memo } from "react";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { Lang } from "@/data/schemas";
import { highlightRanges, type parseQuery } from "@/filters/text-search";
import { useI18n } from "@/i18n/i18n";
import { CategoryBadge } from "@/ui/category-badge";
import { excerpt, HighlightedText } from "@/ui/highlighted-text";
import { MilestoneDateLabel } from "./milestone-date-label";

export type SearchTerms = ReturnType<typeof parseQuery>;

/** What a row asks of its container; one object for all rows, so the memoised rows keep their props. */
export interface MilestoneActions {
  /** Opens a milestone, or with null closes the open one. */
  onSelect: (id: string | null) => void;
  /** The milestone under the pointer or keyboard focus, or null when it leaves. */
  onHover: (id: string | null) => void;
}

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
  actions,
}: {
  milestone: Milestone;
  selected: boolean;
  terms: SearchTerms;
  lang: Lang;
  actions: MilestoneActions;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="milestone-item__button"
      aria-pressed={selected}
      onClick={() => actions.onSelect(selected ? null : m.id)}
      onMouseEnter={() => actions.onHover(m.id)}
      onMouseLeave={() => actions.onHover(null)}
      onFocus={() => actions.onHover(m.id)}
      onBlur={() => actions.onHover(null)}
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
