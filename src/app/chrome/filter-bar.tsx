import { useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useOptionalDataset } from "@/data/dataset-queries";
import { prefetchMilestoneDetails, useOptionalMilestones } from "@/data/milestone-queries";
import { CATEGORIES } from "@/data/vocabulary";
import { describeFilters } from "@/filters/filter-summary";
import { useIceberg } from "@/filters/store";
import { useCriteria, YEAR_BOUNDS } from "@/filters/use-criteria";
import { countVisible } from "@/filters/visible-milestones";
import { useI18n } from "@/i18n/i18n";
import { DatasetNotice } from "@/ui/dataset-notice";
import { LiveSummary } from "@/ui/live-summary";
import { ActiveFilters } from "./active-filters";
import { useHistoryGesture } from "./use-history-gesture";
import { YearRange } from "./year-range";
import "@/ui/category-badge.css";
import "./filter-bar.css";

export function FilterBar() {
  const { t, lang, formatNumber, formatYear } = useI18n();
  const cat = useIceberg((s) => s.cat);
  const src = useIceberg((s) => s.src);
  const q = useIceberg((s) => s.q);
  const from = useIceberg((s) => s.from);
  const to = useIceberg((s) => s.to);
  const toggleCategory = useIceberg((s) => s.toggleCategory);
  const toggleSource = useIceberg((s) => s.toggleSource);
  const setQuery = useIceberg((s) => s.setQuery);
  // Typing in the search box, from focus to blur, is one history entry.
  const typing = useHistoryGesture();
  const sources = useOptionalDataset("sources");
  const milestones = useOptionalMilestones();
  const criteria = useCriteria("milestones");
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const queryClient = useQueryClient();

  const summary = useMemo(() => {
    if (!milestones) return "";
    const count = countVisible(milestones, criteria);
    return describeFilters(
      { from, to, categories: cat, count, total: milestones.length },
      {
        allYears: t("filters.allYears"),
        allCategories: t("filters.allCategories"),
        category: (c) => t(`category.${c}`),
        year: formatYear,
        number: (n) => formatNumber(n),
        template: (vars) => t("filters.summary", vars),
      },
      YEAR_BOUNDS,
    );
  }, [milestones, criteria, from, to, cat, t, formatNumber, formatYear]);

  const activeCount = (from !== null || to !== null ? 1 : 0) + cat.length + src.length + (q ? 1 : 0);

  return (
    <section className="filter-bar" aria-label={t("filters.title")}>
      <div className="filter-bar__status">
        <button
          type="button"
          className="button filter-bar__toggle"
          aria-expanded={open}
          aria-controls={controlsId}
          onClick={() => setOpen(!open)}
        >
          {t("filters.title")}
          {activeCount > 0 && <span className="filter-bar__count"> · {formatNumber(activeCount)}</span>}
        </button>
        <LiveSummary text={summary} />
        <ActiveFilters />
      </div>
      <div className="filter-bar__controls" id={controlsId} data-open={open || undefined}>
        <YearRange />
        <fieldset className="chip-group">
          <legend>{t("filters.categories")}</legend>
          {CATEGORIES.map((c) => (
            <button
              key={c}
              type="button"
              className={`chip chip--toggle cat-${c}`}
              aria-pressed={cat.includes(c)}
              onClick={() => toggleCategory(c)}
            >
              <span className="badge__swatch" aria-hidden="true" />
              {t(`category.${c}`)}
            </button>
          ))}
        </fieldset>
        <details className="dropdown">
          <summary className="button">
            {t("filters.sources")}
            {src.length > 0 && ` · ${formatNumber(src.length)}`}
          </summary>
          <fieldset className="chip-group chip-group--documents dropdown__panel">
            <legend className="visually-hidden">{t("filters.sources")}</legend>
            {(sources?.documents ?? []).map((doc) => (
              <button
                key={doc.id}
                type="button"
                className="chip chip--toggle"
                aria-pressed={src.includes(doc.id)}
                onClick={() => toggleSource(doc.id)}
                title={doc.title}
              >
                {doc.titleTranslated[lang]}
              </button>
            ))}
          </fieldset>
        </details>
        <DatasetNotice name="sources" />
        <label className="search">
          <span className="visually-hidden">{t("filters.search")}</span>
          <input
            type="search"
            value={q}
            placeholder={t("filters.search")}
            onFocus={() => {
              typing.begin();
              // The search reads the summaries too: their file starts loading before the first key.
              prefetchMilestoneDetails(queryClient);
            }}
            onBlur={typing.end}
            onChange={(e) => setQuery(e.target.value, typing.next())}
          />
        </label>
      </div>
    </section>
  );
}
