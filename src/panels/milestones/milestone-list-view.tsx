import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { CategoryBadge } from "../../ui/category-badge";
import { MilestoneDateLabel } from "./milestone-date-label";
import { STANDING_FACTS_ID, type YearGroup } from "./milestone-list";

export function MilestoneListView({
  groups,
  selectedId,
}: {
  groups: YearGroup[];
  selectedId: string | null;
}) {
  const { t, lang, formatYear } = useI18n();
  const standingFacts = t("milestones.standingFacts");
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const setHover = useIceberg((s) => s.setHover);
  const hoveredYear = useIceberg((s) => s.hover.year);
  const hoveredMilestone = useIceberg((s) => s.hover.milestone);

  return (
    <ol className="milestone-years">
      {groups.map((group) => (
        <li
          key={group.year ?? STANDING_FACTS_ID}
          id={group.year === null ? STANDING_FACTS_ID : undefined}
          className="milestone-year"
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
