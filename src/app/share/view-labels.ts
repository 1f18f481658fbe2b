import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { Lang, SourceDoc } from "@/data/schemas";
import type { SharedView } from "@/filters/view-codec";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import type { Translate } from "@/i18n/i18n";

export interface LabelContext {
  t: Translate;
  lang: Lang;
  formatYear: (year: number) => string;
  documents: readonly SourceDoc[];
  milestones: readonly Milestone[];
  features: readonly EnergyFeature[];
  places: readonly Place[];
}

/** The active filters as the chips name them, for files and pages where chips cannot be clicked. */
export function viewFilterLabels(view: SharedView, context: LabelContext): string[] {
  const { t, lang, formatYear } = context;
  const labels: string[] = [];
  if (view.from !== null || view.to !== null)
    labels.push(`${formatYear(view.from ?? YEAR_MIN)}–${formatYear(view.to ?? YEAR_MAX)}`);
  for (const c of view.cat) labels.push(t(`category.${c}`));
  for (const id of view.src)
    labels.push(context.documents.find((d) => d.id === id)?.titleTranslated[lang] ?? id);
  if (view.q) labels.push(t("filters.query", { text: view.q }));
  if (view.m) {
    const title = context.milestones.find((m) => m.id === view.m)?.title[lang] ?? view.m;
    labels.push(t("filters.milestone", { title }));
  }
  if (view.f) {
    const name =
      context.features.find((f) => f.id === view.f)?.name[lang] ??
      context.places.find((p) => p.id === view.f)?.name[lang] ??
      view.f;
    labels.push(t("filters.feature", { name }));
  }
  return labels;
}

/** "Iceberg, <view>, <permalink>, accessed <date>": the line every export and print-out starts with. */
export function citationLine(options: {
  t: Translate;
  title: string;
  filters: readonly string[];
  permalink: string;
  accessed: Date;
}): string {
  const view = options.filters.length ? `${options.title} (${options.filters.join(" · ")})` : options.title;
  return options.t("export.accessed", {
    view,
    permalink: options.permalink,
    date: options.accessed.toISOString().slice(0, 10),
  });
}
