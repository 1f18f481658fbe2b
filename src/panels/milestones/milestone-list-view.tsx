import { lazy, memo, Suspense, useEffect, useRef } from "react";
import { STANDING_FACTS_ID, type YearGroup } from "@/filters/visible-milestones";
import { useI18n } from "@/i18n/i18n";
import type { ListHighlights } from "./list-highlights";
import { type MilestoneActions, MilestoneButton, type SearchTerms } from "./milestone-row";
import "./milestone-virtual-list.css";
import "./milestone-list.css";

// Only a long list needs the virtualiser: today's list never downloads it.
const MilestoneVirtualList = lazy(() =>
  import("./milestone-virtual-list").then((module) => ({ default: module.MilestoneVirtualList })),
);

/** Above this many rows only the rows in view are drawn; below it every row is, as a plain list. */
export const VIRTUALISE_ABOVE = 300;

/** Scrolls only the list's own scroll box, never the page, and never moves focus. */
function scrollWithinList(list: HTMLElement, target: HTMLElement) {
  let box: HTMLElement | null = list.parentElement;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  if (!box || box === document.scrollingElement || box === document.body) return;
  const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTo({ top: box.scrollTop + offset - 4, behavior: "auto" });
}

export interface MilestoneListProps {
  groups: YearGroup[];
  selectedId: string | null;
  /** The search's terms, marked in the titles; kept while the query is, so rows stay memoised. */
  terms: SearchTerms;
  highlights: ListHighlights;
  actions: MilestoneActions;
  /** Grows by one each time the reader asks to jump to the standing facts. */
  standingFactsJump?: number;
}

/** Memoised: the list renders only when its groups, selection, highlights or jump change. */
export const MilestoneListView = memo(function MilestoneListView(props: MilestoneListProps) {
  const rows = props.groups.reduce((sum, group) => sum + group.milestones.length, 0);
  return rows > VIRTUALISE_ABOVE ? (
    <Suspense fallback={<div className="milestone-virtual" aria-busy="true" />}>
      <MilestoneVirtualList {...props} />
    </Suspense>
  ) : (
    <MilestoneFullList {...props} />
  );
});

function MilestoneFullList({ groups, selectedId, terms, highlights, actions }: MilestoneListProps) {
  const { t, lang, formatYear } = useI18n();
  const standingFacts = t("milestones.standingFacts");
  const hoveredYear = highlights.year;
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (hoveredYear === null || !list.current) return;
    const group = list.current.querySelector<HTMLElement>(`[data-year="${hoveredYear}"]`);
    if (group) scrollWithinList(list.current, group);
  }, [hoveredYear]);

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
                data-highlighted={highlights.row(m) || undefined}
              >
                <MilestoneButton
                  milestone={m}
                  selected={m.id === selectedId}
                  terms={terms}
                  lang={lang}
                  actions={actions}
                />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
