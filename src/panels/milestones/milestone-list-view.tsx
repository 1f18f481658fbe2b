import { useEffect, useMemo, useRef } from "react";
import type { Milestone } from "../../data/schemas";
import { useHover } from "../../filters/hover-store";
import { involvesFeature } from "../../filters/milestone-filter";
import { useIceberg } from "../../filters/store";
import { highlightRanges, parseQuery } from "../../filters/text-search";
import { useI18n } from "../../i18n/i18n";
import { CategoryBadge } from "../../ui/category-badge";
import { excerpt, HighlightedText } from "../../ui/highlighted-text";
import { MilestoneDateLabel } from "./milestone-date-label";
import { STANDING_FACTS_ID, type YearGroup } from "./milestone-list";

/** Scrolls only the list's own scroll box, never the page, and never moves focus. */
function scrollWithinList(list: HTMLElement, target: HTMLElement) {
  let box: HTMLElement | null = list.parentElement;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  if (!box || box === document.scrollingElement || box === document.body) return;
  const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTo({ top: box.scrollTop + offset - 4, behavior: "auto" });
}

/** The title with the search's matches marked; a matching passage of the summary when the title has none. */
function MatchedTitle({
  title,
  summary,
  terms,
}: {
  title: string;
  summary: string;
  terms: ReturnType<typeof parseQuery>;
}) {
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

export function MilestoneListView({
  groups,
  selectedId,
  milestonesById,
}: {
  groups: YearGroup[];
  selectedId: string | null;
  milestonesById: ReadonlyMap<string, Milestone>;
}) {
  const { t, lang, formatYear } = useI18n();
  const standingFacts = t("milestones.standingFacts");
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const query = useIceberg((s) => s.q);
  const terms = useMemo(() => parseQuery(query), [query]);
  const setHover = useHover((s) => s.setHover);
  const hoveredYear = useHover((s) => s.year);
  const hoveredMilestone = useHover((s) => s.milestone);
  const hoveredFeature = useHover((s) => s.feature);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (hoveredYear === null || !list.current) return;
    const group = list.current.querySelector<HTMLElement>(`[data-year="${hoveredYear}"]`);
    if (group) scrollWithinList(list.current, group);
  }, [hoveredYear]);

  const linkedToFeature = (id: string) => {
    const milestone = milestonesById.get(id);
    return hoveredFeature !== null && milestone !== undefined && involvesFeature(milestone, hoveredFeature);
  };

  return (
    <ol className="milestone-years" ref={list}>
      {groups.map((group) => (
        <li
          key={group.year ?? STANDING_FACTS_ID}
          id={group.year === null ? STANDING_FACTS_ID : undefined}
          className="milestone-year"
          data-year={group.year ?? undefined}
          data-highlighted={(group.year !== null && group.year === hoveredYear) || undefined}
        >
          <h3 className="milestone-year__heading">
            {group.year === null ? standingFacts : formatYear(group.year)}
          </h3>
          <ul className="milestone-list">
            {group.milestones.map((m) => (
              <li
                key={m.id}
                data-milestone-id={m.id}
                className="milestone-item"
                data-highlighted={m.id === hoveredMilestone || linkedToFeature(m.id) || undefined}
              >
                <button
                  type="button"
                  className="milestone-item__button"
                  aria-pressed={m.id === selectedId}
                  onClick={() => selectMilestone(m.id === selectedId ? null : m.id)}
                  onMouseEnter={() => setHover({ milestone: m.id })}
                  onMouseLeave={() => setHover({ milestone: null })}
                  onFocus={() => setHover({ milestone: m.id })}
                  onBlur={() => setHover({ milestone: null })}
                >
                  <MatchedTitle title={m.title[lang]} summary={m.summary[lang]} terms={terms} />
                  <span className="milestone-item__meta">
                    <MilestoneDateLabel milestone={m} />
                    <CategoryBadge category={m.category} />
                    {m.disputed && (
                      <span className="badge badge--disputed">{t("milestones.disputedBadge")}</span>
                    )}
                    {m.caveat && <span className="badge badge--caveat">{t("milestones.caveatBadge")}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
