import { lazy, memo, Suspense, useEffect, useRef } from "react";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import { involvesFeature } from "@/filters/milestone-filter";
import { STANDING_FACTS_ID, type YearGroup } from "@/filters/visible-milestones";
import { useI18n } from "@/i18n/i18n";
import { MilestoneButton } from "./milestone-row";
import "./milestone-virtual-list.css";
import "./milestone-list.css";
import { useListHighlights } from "./use-list-highlights";

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
  milestonesById: ReadonlyMap<string, Milestone>;
  /** Grows by one each time the reader asks to jump to the standing facts. */
  standingFactsJump?: number;
}

/** Memoised: the list renders only when its groups, selection or jump change. */
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

function MilestoneFullList({ groups, selectedId, milestonesById }: MilestoneListProps) {
  const { t, lang, formatYear } = useI18n();
  const standingFacts = t("milestones.standingFacts");
  const { terms, hoveredYear, hoveredMilestone, hoveredFeature } = useListHighlights();
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
                <MilestoneButton milestone={m} selected={m.id === selectedId} terms={terms} lang={lang} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
