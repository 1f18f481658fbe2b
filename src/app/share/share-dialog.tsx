import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { datasetQuery } from "@/data/dataset-queries";
import { loadFullMilestones } from "@/data/milestone-queries";
import type { Category } from "@/data/schemas";
import { selectViewState, useIceberg } from "@/filters/store";
import { permalink, siteBase } from "@/filters/url-state";
import { useCriteria } from "@/filters/use-criteria";
import { PANELS, type PanelId, YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import type { MessageKey } from "@/i18n/locales/en";
import { downloadFile } from "@/lib/csv";
import { PANEL_REGISTRY } from "@/panels/panel-registry";
import { CopyField } from "@/ui/copy-field";
import { useModalDialog } from "@/ui/use-modal-dialog";
import { embedSnippet, type SnippetVariant } from "./embed-snippet";
import { exportChartSvg } from "./export-chart-svg";
import { exportPanelPng } from "./export-image";
import { citeView, milestonesCsv, seriesCsv } from "./view-exports";
import { citationLine, viewFilterLabels } from "./view-labels";
import "./share-dialog.css";
import "@/ui/dialog.css";

/** The chart's series as the SVG legend names them, with the theme colour each is drawn in. */
const SVG_LEGEND: { category: Category; key: MessageKey; colour: string; sipri: boolean }[] = [
  { category: "arms", key: "trade.israelTiv", colour: "--israel", sipri: true },
  { category: "arms", key: "trade.otherTiv", colour: "--other", sipri: true },
  { category: "arms", key: "trade.sharePct", colour: "--text", sipri: true },
  { category: "arms", key: "trade.sipriDeals", colour: "--arms", sipri: true },
  { category: "arms", key: "trade.reportedDeals", colour: "--security", sipri: false },
  { category: "trade", key: "trade.tradeFigures", colour: "--trade", sipri: false },
  { category: "energy", key: "trade.oilShare", colour: "--energy", sipri: false },
];

/** Link, embed snippets, exports and a citation for the current view. */
export function ShareDialog() {
  const { t } = useI18n();
  const dialog = useModalDialog();
  const titleId = useId();
  const [variant, setVariant] = useState<SnippetVariant>("live");

  return (
    <>
      <button type="button" className="button" onClick={dialog.show}>
        {t("share.open")}
      </button>
      <dialog {...dialog.dialogProps} className="dialog share-dialog" aria-labelledby={titleId}>
        {dialog.open && (
          <ShareDialogContent
            titleId={titleId}
            variant={variant}
            onVariant={setVariant}
            onClose={dialog.close}
          />
        )}
      </dialog>
    </>
  );
}

/**
 * The open dialog's content. Only it follows the view: while the dialog is closed, a range step
 * or a selection does not re-render the links, snippets and citation.
 */
function ShareDialogContent({
  titleId,
  variant,
  onVariant,
  onClose,
}: {
  titleId: string;
  variant: SnippetVariant;
  onVariant: (variant: SnippetVariant) => void;
  onClose: () => void;
}) {
  const { t, lang, formatYear, formatNumber } = useI18n();
  const view = useIceberg(useShallow(selectViewState));
  const queryClient = useQueryClient();

  const base = siteBase(window.location.href);
  const link = permalink(base, view);
  const today = new Date();
  const footer = (panel: PanelId) => ({
    title: `Iceberg — ${t(PANEL_REGISTRY[panel].titleKey)}`,
    credit: t("embed.credit"),
    date: today.toISOString().slice(0, 10),
    permalink: link,
  });
  const milestoneCriteria = useCriteria("milestones");
  const chartCriteria = useCriteria("trade");

  /** Every export names the view it came from, its filters spelled out. */
  const citationFor = async (panel: PanelId) => {
    const [sources, milestones, energy, places] = await Promise.all([
      queryClient.ensureQueryData(datasetQuery("sources")),
      loadFullMilestones(queryClient),
      queryClient.ensureQueryData(datasetQuery("energy")),
      queryClient.ensureQueryData(datasetQuery("places")),
    ]);
    const filters = viewFilterLabels(view, {
      t,
      lang,
      formatYear,
      documents: sources.documents,
      milestones,
      features: energy.features,
      places: places.places,
    });
    const citation = citationLine({
      t,
      title: t(PANEL_REGISTRY[panel].titleKey),
      filters,
      permalink: link,
      accessed: today,
    });
    return { citation, filters, documents: sources.documents, milestones };
  };
  const rangeSuffix =
    view.from !== null || view.to !== null ? `-${view.from ?? YEAR_MIN}-${view.to ?? YEAR_MAX}` : "";

  const firstOf = (shown: number, total: number) =>
    t("export.firstOf", { shown: formatNumber(shown), count: total });
  const downloadPng = async (panel: PanelId) => {
    const { citation } = await citationFor(panel);
    await exportPanelPng(panel, { ...footer(panel), citation }, firstOf);
  };
  const downloadSvg = async () => {
    const { citation, filters } = await citationFor("trade");
    const shown = (category: Category) => !view.cat.length || view.cat.includes(category);
    const sipri = view.src.length === 0;
    const legend = SVG_LEGEND.filter((e) => shown(e.category) && (sipri || !e.sipri)).map((e) => ({
      label: t(e.key),
      colour: e.colour,
    }));
    exportChartSvg(
      { ...footer("trade"), citation },
      {
        title: `Iceberg — ${t("panel.trade")}`,
        filters: filters.join(" · "),
        legend,
        source: t("export.chartSources"),
        notes: [t("trade.tivNote"), t("trade.sparseNote")],
      },
    );
  };

  const downloadMilestones = async () => {
    const { citation, documents, milestones } = await citationFor("milestones");
    const csv = milestonesCsv({
      milestones,
      criteria: milestoneCriteria,
      lang,
      docTitle: (id) => documents.find((d) => d.id === id)?.titleTranslated[lang] ?? id,
      citation,
    });
    downloadFile(`iceberg-milestones${rangeSuffix}.csv`, csv, "text/csv;charset=utf-8");
  };
  const downloadSeries = async () => {
    const { citation, documents, milestones } = await citationFor("trade");
    const data = await queryClient.ensureQueryData(datasetQuery("tradeArms"));
    const range =
      view.from !== null || view.to !== null
        ? { from: view.from ?? YEAR_MIN, to: view.to ?? YEAR_MAX }
        : null;
    const csv = seriesCsv({ data, milestones, criteria: chartCriteria, range, lang, documents, citation });
    downloadFile(`iceberg-chart${rangeSuffix}.csv`, csv, "text/csv;charset=utf-8");
  };
  const documents = queryClient.getQueryData(datasetQuery("sources").queryKey)?.documents ?? [];
  const citation = citeView({ url: link, accessed: today, documents, title: t("app.tagline") });

  return (
    <>
      <header className="share-dialog__header">
        <h2 id={titleId}>{t("share.title")}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t("milestones.close")}
        </button>
      </header>
      <section>
        <h3>{t("share.link")}</h3>
        <CopyField label={t("share.permalink")} value={link} rows={2} />
      </section>
      <section>
        <h3>{t("share.embed")}</h3>
        <fieldset className="share-dialog__variant">
          <legend>{t("share.variant")}</legend>
          {(["live", "pinned"] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="variant" checked={variant === v} onChange={() => onVariant(v)} />
              {t(v === "live" ? "share.live" : "share.pinned")}
            </label>
          ))}
        </fieldset>
        {PANELS.map((panel) => (
          <CopyField
            key={panel}
            label={t("share.snippetFor", { panel: t(PANEL_REGISTRY[panel].titleKey) })}
            rows={4}
            value={embedSnippet({
              base,
              view,
              panel,
              title: `Iceberg: ${t(PANEL_REGISTRY[panel].titleKey)}`,
              variant,
              dataVersion: __DATA_VERSION__,
            })}
          />
        ))}
      </section>
      <section>
        <h3>{t("share.export")}</h3>
        <div className="share-dialog__buttons">
          {PANELS.map((panel) => (
            <button key={panel} type="button" className="button" onClick={() => void downloadPng(panel)}>
              {t("share.png", { panel: t(PANEL_REGISTRY[panel].titleKey) })}
            </button>
          ))}
          <button type="button" className="button" onClick={() => void downloadSvg()}>
            {t("share.svg")}
          </button>
          <button type="button" className="button" onClick={() => void downloadMilestones()}>
            {t("share.csvMilestones")}
          </button>
          <button type="button" className="button" onClick={() => void downloadSeries()}>
            {t("share.csvSeries")}
          </button>
        </div>
      </section>
      <section>
        <h3>{t("share.cite")}</h3>
        <CopyField label={t("share.citeLabel")} value={citation} rows={4} />
      </section>
    </>
  );
}
