import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import { STANDING_FACTS_ID, type YearGroup } from "@/filters/visible-milestones";
import { useI18n } from "@/i18n/i18n";
import type { MilestoneListProps } from "./milestone-list-view";
import { MilestoneButton } from "./milestone-row";

type Row =
  | { kind: "heading"; year: number | null }
  | { kind: "item"; milestone: Milestone; year: number | null; position: number };

function flatten(groups: readonly YearGroup[]): { rows: Row[]; total: number } {
  const rows: Row[] = [];
  let position = 0;
  for (const group of groups) {
    rows.push({ kind: "heading", year: group.year });
    for (const milestone of group.milestones)
      rows.push({ kind: "item", milestone, year: group.year, position: ++position });
  }
  return { rows, total: position };
}

const buttonAt = (box: HTMLElement | null, index: number) =>
  box?.querySelector<HTMLButtonElement>(`[data-index="${index}"] button`) ?? null;

const ITEM_KEYS: Record<string, (from: number, rows: readonly Row[]) => number> = {
  ArrowDown: (from, rows) => nextItem(rows, from + 1, 1),
  ArrowUp: (from, rows) => nextItem(rows, from - 1, -1),
  Home: (_, rows) => nextItem(rows, 0, 1),
  End: (_, rows) => nextItem(rows, rows.length - 1, -1),
};

function nextItem(rows: readonly Row[], start: number, step: 1 | -1): number {
  for (let i = start; i >= 0 && i < rows.length; i += step) if (rows[i]?.kind === "item") return i;
  return -1;
}

/**
 * The milestone list when it is long: only the rows in view (and the focused one) are in the
 * DOM, each row still a list item carrying its position in the whole list for screen readers.
 */
export function MilestoneVirtualList({
  groups,
  selectedId,
  terms,
  highlights,
  actions,
  standingFactsJump,
}: MilestoneListProps) {
  const { t, lang, formatYear } = useI18n();
  const standingFacts = t("milestones.standingFacts");
  const hoveredYear = highlights.year;
  const { rows, total } = useMemo(() => flatten(groups), [groups]);
  const box = useRef<HTMLDivElement>(null);
  const focused = useRef<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  // The focused row stays mounted while scrolled away, so focus is never lost to the page.
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep === null || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  }, []);

  // A new getItemKey makes the virtualiser lay out every row again: one per list, not per render.
  const getItemKey = useCallback(
    (i: number) => {
      const row = rows[i];
      return row?.kind === "item" ? row.milestone.id : `year-${row?.year ?? STANDING_FACTS_ID}`;
    },
    [rows],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: (i) => (rows[i]?.kind === "heading" ? 30 : 64),
    getItemKey,
    overscan: 6,
    rangeExtractor,
  });

  const scrollToHeading = useCallback(
    (year: number | null) => {
      const at = rows.findIndex((row) => row.kind === "heading" && row.year === year);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: "start" });
    },
    [rows, virtualizer],
  );

  useEffect(() => {
    if (hoveredYear !== null) scrollToHeading(hoveredYear);
  }, [hoveredYear, scrollToHeading]);

  useEffect(() => {
    if (standingFactsJump) scrollToHeading(null);
  }, [standingFactsJump, scrollToHeading]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = buttonAt(box.current, pendingFocus.current);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  // Arrow keys, Home and End move between milestones, scrolling rows that are not drawn yet into view.
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>("[data-index]");
      if (row) focused.current = Number(row.dataset.index);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const move = ITEM_KEYS[event.key];
      const from = focused.current;
      if (!move || from === null) return;
      const to = move(from, rows);
      if (to < 0) return;
      event.preventDefault();
      focused.current = to;
      virtualizer.scrollToIndex(to, { align: "auto" });
      const button = buttonAt(element, to);
      if (button) button.focus();
      else pendingFocus.current = to;
    };
    element.addEventListener("focusin", onFocusIn);
    element.addEventListener("keydown", onKeyDown);
    return () => {
      element.removeEventListener("focusin", onFocusIn);
      element.removeEventListener("keydown", onKeyDown);
    };
  }, [rows, virtualizer]);

  return (
    <div ref={box} className="milestone-virtual">
      <ol className="milestone-years milestone-virtual__rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const place = { transform: `translateY(${item.start}px)` };
          return row.kind === "heading" ? (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={row.year === null ? STANDING_FACTS_ID : undefined}
              className="milestone-year milestone-virtual__row"
              data-year={row.year ?? undefined}
              data-highlighted={(row.year !== null && row.year === hoveredYear) || undefined}
              style={place}
            >
              <h3 className="milestone-year__heading">
                {row.year === null ? standingFacts : formatYear(row.year)}
              </h3>
            </li>
          ) : (
            <li
              key={item.key}
              aria-posinset={row.position}
              aria-setsize={total}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-milestone-id={row.milestone.id}
              className="milestone-item milestone-virtual__row"
              data-highlighted={highlights.row(row.milestone) || undefined}
              style={place}
            >
              <MilestoneButton
                milestone={row.milestone}
                selected={row.milestone.id === selectedId}
                terms={terms}
                lang={lang}
                actions={actions}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
