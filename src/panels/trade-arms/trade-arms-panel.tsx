import { useMemo } from "react";
import { useOptionalDataset, useRequiredDataset } from "../../data/dataset-queries";
import { useIceberg } from "../../filters/store";
import { useCriteria } from "../../filters/use-criteria";
import { useI18n } from "../../i18n/i18n";
import { retryableLazy } from "../../lib/retryable-lazy";
import { SeriesLegend } from "./series-legend";
import { deriveTradeArmsSeries, fractionalYear, seriesHighlights } from "./trade-arms-series";
import { TradeArmsTable } from "./trade-arms-table";

const TradeArmsCharts = retryableLazy(() => import("./trade-arms-charts"));

export default function TradeArmsPanel() {
  const { t, lang, formatNumber, formatYear } = useI18n();
  const data = useRequiredDataset("tradeArms");
  const milestones = useOptionalDataset("milestones")?.milestones;
  const documents = useOptionalDataset("sources")?.documents;
  const criteria = useCriteria("trade");

  const series = useMemo(
    () =>
      deriveTradeArmsSeries({
        data,
        milestones: milestones ?? [],
        criteria,
        lang,
        docTitle: (id) => documents?.find((d) => d.id === id)?.titleTranslated[lang] ?? id,
      }),
    [data, milestones, documents, criteria, lang],
  );
  // Hovering the list moves one line: it must not re-derive every series.
  const hoveredDate = useIceberg((s) => milestones?.find((m) => m.id === s.hover.milestone)?.date.start);
  const hoveredYear = hoveredDate ? fractionalYear(hoveredDate) : null;

  const highlights = seriesHighlights(series.arms);
  const counts = {
    tradeCount: formatNumber(series.trade.length),
    oilCount: formatNumber(series.oilShare.length),
  };
  const summary = highlights
    ? t("trade.summary", {
        peakYear: formatYear(highlights.peakYear),
        peakTiv: formatNumber(highlights.peakTiv),
        shareYear: formatYear(highlights.shareYear),
        sharePct: formatNumber(highlights.sharePct),
        ...counts,
      })
    : t("trade.summaryNoArms", counts);

  return (
    <div className="trade-arms">
      <p className="panel-summary">{summary}</p>
      <SeriesLegend show={series.show} />
      <TradeArmsCharts series={series} hoveredMilestoneYear={hoveredYear} />
      <p className="note">{t("trade.brushHint")}</p>
      {series.sipriHidden && <p className="note note--warning">{t("trade.sipriHidden")}</p>}
      <p className="note">{t("trade.tivNote")}</p>
      <p className="note">{t("trade.sparseNote")}</p>
      <TradeArmsTable series={series} />
    </div>
  );
}
