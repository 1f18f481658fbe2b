import "./print.css";
import { useShallow } from "zustand/react/shallow";
import { useOptionalDataset } from "@/data/dataset-queries";
import { useOptionalMilestones } from "@/data/milestone-queries";
import { selectViewState, useIceberg } from "@/filters/store";
import { permalink, siteBase } from "@/filters/url-state";
import { useI18n } from "@/i18n/i18n";
import { citationLine, viewFilterLabels } from "../share/view-labels";

/** Only on paper: how to cite the printed view, and its filters as words instead of chips. */
export function PrintCitation() {
  const { t, lang, formatYear } = useI18n();
  const view = useIceberg(useShallow(selectViewState));
  const documents = useOptionalDataset("sources")?.documents ?? [];
  const milestones = useOptionalMilestones() ?? [];
  const features = useOptionalDataset("energy")?.features ?? [];
  const places = useOptionalDataset("places")?.places ?? [];
  const filters = viewFilterLabels(view, { t, lang, formatYear, documents, milestones, features, places });
  const link = permalink(siteBase(window.location.href), view);
  const citation = citationLine({
    t,
    title: t("app.tagline"),
    filters,
    permalink: link,
    accessed: new Date(),
  });
  return (
    <section className="print-citation" aria-hidden="true">
      <p>
        <strong>{t("print.cite")}: </strong>
        <bdi>{citation}</bdi>
      </p>
      <p>{t("print.filters", { filters: filters.length ? filters.join(" · ") : t("filters.none") })}</p>
    </section>
  );
}
