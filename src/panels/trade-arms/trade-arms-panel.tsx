import { Suspense, useCallback, useDeferredValue, useMemo } from "react";
import { useOptionalDataset, useRequiredDataset } from "@/data/dataset-queries";
import { useHover } from "@/filters/hover-store";
import { eventStart } from "@/filters/milestone-filter";
import { indexMilestones, milestoneById } from "@/filters/milestone-index";
import { useIceberg } from "@/filters/store";
import { useCriteria } from "@/filters/use-criteria";
import { useI18n } from "@/i18n/i18n";
import { useKeepEqualParts } from "@/lib/keep-equal-parts";
import { retryableLazy } from "@/lib/retryable-lazy";
import { SeriesToggles } from "./chart-legend";
import { fractionalYear, linkedYears } from "./chart-years";
import { firstWindow, nextWindow } from "./play-windows";
import { seriesHighlights } from "./series-highlights";
import { type PlayActions, TimePlayer } from "./time-player";
import { deriveTradeArmsSeries } from "./trade-arms-series";
import { TradeArmsTable } from "./trade-arms-table";
import "./trade-arms.css";
import { useOptionalMilestones } from "@/data/milestone-queries";

const TradeArmsCharts = retryableLazy(() => import("./trade-arms-charts"));
const chartsPlaceholder = <div className="trade-charts trade-charts--loading" aria-hidden="true" />;

export default function TradeArmsPanel() {
  const { t, lang, formatNumber, formatYear } = useI18n();
  const data = useRequiredDataset("tradeArms");
  const milestones = useOptionalMilestones();
  const documents = useOptionalDataset("sources")?.documents;
  // The control the reader touched paints first; the charts follow in a render that can yield.
  const criteria = useDeferredValue(useCriteria("trade"));
  const from = useDeferredValue(useIceberg((s) => s.from));
  const to = useDeferredValue(useIceberg((s) => s.to));

  // A selection moves one reference line: the series it leaves alone keep their identity, so
  // their marks are not redrawn.
  const series = useKeepEqualParts(
    useMemo(
      () =>
        deriveTradeArmsSeries({
          data,
          milestones: milestones ?? [],
          criteria,
          lang,
          docTitle: (id) => documents?.find((d) => d.id === id)?.titleTranslated[lang] ?? id,
        }),
      [data, milestones, documents, criteria, lang],
    ),
  );
  // Hovering the list moves one line: it must not re-derive every series.
  const hoveredDate = useHover((s) => {
    const hovered = milestones && milestoneById(indexMilestones(milestones), s.milestone);
    return hovered ? eventStart(hovered) : null;
  });
  const hoveredYear = hoveredDate ? fractionalYear(hoveredDate) : null;
  const hoveredFeature = useHover((s) => s.feature);
  const hoverYear = useHover((s) => s.year);
  const setHover = useHover((s) => s.setHover);
  const setRange = useIceberg((s) => s.setRange);
  const onHoverYear = useCallback((year: number | null) => setHover({ year }), [setHover]);
  const onBrush = useCallback((a: number, b: number) => setRange(a, b), [setRange]);
  const setCategoryShown = useIceberg((s) => s.setCategoryShown);
  const play = usePlayActions();
  const hoveredFeatureYears = useMemo(
    () => (hoveredFeature ? linkedYears(milestones ?? [], hoveredFeature, criteria) : []),
    [hoveredFeature, milestones, criteria],
  );

  // Recharts' first render is one long task: the summary, toolbar and table commit and paint
  // before it, and the charts follow in a deferred render.
  const chartSeries = useDeferredValue(series, null);
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
      <div className="trade-arms__toolbar">
        <TimePlayer {...play} />
        <SeriesToggles show={series.show} onShow={setCategoryShown} />
      </div>
      {series.sipriHidden && <p className="note note--warning">{t("trade.sipriHidden")}</p>}
      <Suspense fallback={chartsPlaceholder}>
        {chartSeries === null ? (
          chartsPlaceholder
        ) : (
          <TradeArmsCharts
            series={chartSeries}
            from={from}
            to={to}
            hoveredMilestoneYear={hoveredYear}
            hoveredFeatureYears={hoveredFeatureYears}
            hoverYear={hoverYear}
            onHoverYear={onHoverYear}
            onBrush={onBrush}
          />
        )}
      </Suspense>
      <div className="trade-arms__notes">
        <p className="note">{t("trade.brushHint")}</p>
        <details className="chart-notes">
          <summary>{t("trade.aboutFigures")}</summary>
          <p className="note">{t("trade.tivNote")}</p>
          <p className="note">{t("trade.sparseNote")}</p>
        </details>
        <TradeArmsTable series={series} />
      </div>
    </div>
  );
}

/**
 * A Play run is one history entry: its first window pushes it, each step replaces it. Each step
 * reads the range from the store, not from a render, so steps run back to back still move on.
 */
function usePlayActions(): PlayActions {
  return useMemo(
    () => ({
      onStart: () => {
        const { from, to, setRange } = useIceberg.getState();
        const start = firstWindow(from, to);
        setRange(start.from, start.to, "push");
      },
      onStep: () => {
        const { from, to, setRange } = useIceberg.getState();
        const next = nextWindow(from, to);
        if (next) setRange(next.from, next.to, "replace");
        return next !== null;
      },
    }),
    [],
  );
}
