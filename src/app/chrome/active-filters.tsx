import { useShallow } from "zustand/react/shallow";
import { useOptionalDataset } from "@/data/dataset-queries";
import { useOptionalMilestones } from "@/data/milestone-queries";
import { useIceberg } from "@/filters/store";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import "./active-filters.css";

interface ActiveChip {
  key: string;
  label: string;
  remove: () => void;
}

/** Every active filter as a removable chip, and one Reset for all. */
export function ActiveFilters() {
  const { t, lang, formatYear } = useI18n();
  // Only what the chips show: a bare useIceberg() would re-render on every hover.
  const s = useIceberg(
    useShallow((state) => ({
      from: state.from,
      to: state.to,
      cat: state.cat,
      src: state.src,
      q: state.q,
      m: state.m,
      f: state.f,
      setRange: state.setRange,
      toggleCategory: state.toggleCategory,
      toggleSource: state.toggleSource,
      setQuery: state.setQuery,
      selectMilestone: state.selectMilestone,
      selectFeature: state.selectFeature,
      resetFilters: state.resetFilters,
    })),
  );
  const sources = useOptionalDataset("sources");
  const milestones = useOptionalMilestones();
  const energy = useOptionalDataset("energy");
  const places = useOptionalDataset("places");

  const chips: ActiveChip[] = [];
  if (s.from !== null || s.to !== null) {
    chips.push({
      key: "range",
      label: `${formatYear(s.from ?? YEAR_MIN)}–${formatYear(s.to ?? YEAR_MAX)}`,
      remove: () => s.setRange(null, null),
    });
  }
  for (const c of s.cat)
    chips.push({ key: `cat-${c}`, label: t(`category.${c}`), remove: () => s.toggleCategory(c) });
  for (const id of s.src) {
    const doc = sources?.documents.find((d) => d.id === id);
    chips.push({
      key: `src-${id}`,
      label: doc?.titleTranslated[lang] ?? id,
      remove: () => s.toggleSource(id),
    });
  }
  if (s.q) chips.push({ key: "q", label: t("filters.query", { text: s.q }), remove: () => s.setQuery("") });
  if (s.m) {
    const title = milestones?.find((m) => m.id === s.m)?.title[lang] ?? s.m;
    chips.push({ key: "m", label: t("filters.milestone", { title }), remove: () => s.selectMilestone(null) });
  }
  if (s.f) {
    const name =
      energy?.features.find((f) => f.id === s.f)?.name[lang] ??
      places?.places.find((p) => p.id === s.f)?.name[lang];
    chips.push({
      key: "f",
      label: t("filters.feature", { name: name ?? s.f }),
      remove: () => s.selectFeature(null),
    });
  }

  return (
    <div className="active-filters">
      <p className="print-only">
        {t("filters.permalink")}: <bdi>{window.location.href}</bdi>
      </p>
      <h2 className="visually-hidden">{t("filters.active")}</h2>
      {chips.length === 0 ? (
        <p className="note">{t("filters.none")}</p>
      ) : (
        <ul className="active-filters__list">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="chip chip--removable"
                aria-label={t("filters.remove", { label: chip.label })}
                onClick={chip.remove}
              >
                <bdi>{chip.label}</bdi>
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={s.resetFilters} disabled={chips.length === 0}>
        {t("filters.reset")}
      </button>
    </div>
  );
}
