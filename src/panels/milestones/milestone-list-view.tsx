import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { formatMilestoneDate } from "../../lib/format-date";
import { CategoryBadge } from "../../ui/category-badge";
import type { YearGroup } from "./milestone-list";

export function MilestoneListView({
  groups,
  selectedId,
}: {
  groups: YearGroup[];
  selectedId: string | null;
}) {
  const { t, lang, formatYear } = useI18n();
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const setHover = useIceberg((s) => s.setHover);
  const hoveredYear = useIceberg((s) => s.hover.year);
  const hoveredMilestone = useIceberg((s) => s.hover.milestone);

  return (
    <ol className="milestone-years">
      {groups.map((group) => (
        <li
          key={group.year}
          className="milestone-year"
          data-highlighted={group.year === hoveredYear || undefined}
        >
          <h3 className="milestone-year__heading">{formatYear(group.year)}</h3>
          <ul className="milestone-list">
            {group.milestones.map((m) => (
              <li
                key={m.id}
                data-milestone-id={m.id}
                className="milestone-item"
                data-highlighted={m.id === hoveredMilestone || undefined}
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
                  <span className="milestone-item__title">{m.title[lang]}</span>
                  <span className="milestone-item__meta">
                    <time dateTime={m.date.start}>{formatMilestoneDate(m.date, lang)}</time>
                    <CategoryBadge category={m.category} />
                    {m.disputed && (
                      <span className="badge badge--disputed">{t("milestones.disputedBadge")}</span>
                    )}
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
