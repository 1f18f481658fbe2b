import { type ComponentProps, memo, type ReactNode, useMemo, useState } from "react";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import { useOneAtATime } from "@/lib/use-one-at-a-time";
import { ArmsMarks, MoneyMarks, SharesMarks } from "./chart-marks";
import {
  armsBars,
  type ChartId,
  type ChartText,
  chartsShown,
  marksAtYear,
  oilMeasuresShown,
  stackedSuppliers,
  yearSpans,
} from "./chart-model";
import { armsMax } from "./mark-geometry";
import type { TradeArmsSeries } from "./trade-arms-series";
import { useYAxes } from "./value-axes";
import { type Overlays, YearChart } from "./year-chart";

const NO_ROWS: readonly object[] = [];

/** What one chart draws: its title and key, its value axis and unit, its rows and its marks. */
interface ChartSpec
  extends Pick<ComponentProps<typeof YearChart>, "title" | "keyEntries" | "unit" | "rows" | "yAxis"> {
  id: ChartId;
  marks: ReactNode;
}

/** Memoised: it renders only when its series, range or hover change, not on every store change. */
export default memo(function TradeArmsCharts({
  series,
  from,
  to,
  hoveredMilestoneYear,
  hoveredFeatureYears,
  hoverYear,
  onHoverYear,
  onBrush,
}: {
  series: TradeArmsSeries;
  /** The year range, drawn as the brush band. */
  from: number | null;
  to: number | null;
  /** Where the milestone under the pointer in the list falls on the time axis. */
  hoveredMilestoneYear: number | null;
  /** Years of the milestones linked to the map line or place under the pointer. */
  hoveredFeatureYears: readonly number[];
  /** The year under the pointer or the keyboard cursor, on any chart. */
  hoverYear: number | null;
  onHoverYear: (year: number | null) => void;
  /** A brush released over these years. */
  onBrush: (from: number, to: number) => void;
}) {
  const { t, formatNumber, formatYear } = useI18n();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);

  const text: ChartText = useMemo(
    () => ({
      number: formatNumber,
      year: formatYear,
      israelTiv: t("trade.israelTiv"),
      otherTiv: t("trade.otherTiv"),
      totalTiv: (value) => t("trade.totalTiv", { value }),
      sharePct: t("trade.sharePct"),
      computedShare: t("trade.computedShare"),
      windowPct: (a, b) => t("trade.windowPctYears", { from: a, to: b }),
      sipriRegister: t("trade.sipriDeals"),
      azShare: t("trade.azShareOfIsraelExports"),
      israelExports: (value) => t("trade.israelExportsTotal", { value }),
    }),
    [t, formatNumber, formatYear],
  );

  const overlays: Overlays = {
    // A brush being dragged replaces the band it will set.
    band: !drag && (from !== null || to !== null) ? { from: from ?? YEAR_MIN, to: to ?? YEAR_MAX } : null,
    drag: drag ? { from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) } : null,
    highlightSpans: useMemo(
      () => yearSpans([...new Set([...series.highlightYears, ...hoveredFeatureYears])].sort((a, b) => a - b)),
      [series.highlightYears, hoveredFeatureYears],
    ),
    hoverYear,
    hoveredMilestoneYear,
    referenceYear: series.referenceYear,
    referenceLabel: t("trade.selected"),
  };

  const common = {
    keysHint: t("trade.keysHint"),
    emptyText: t("trade.noFiguresYear"),
    overlays,
    formatYear,
    onHoverYear,
    onBrush,
    onDrag: setDrag,
  };
  // The panel keeps unchanged series parts by identity: bars follow the arms rows alone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: armsBars reads only series.arms and series.suppliers
  const bars = useMemo(() => armsBars(series), [series.arms, series.suppliers]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: stackedSuppliers reads only series.suppliers
  const stacked = useMemo(() => stackedSuppliers(series), [series.suppliers]);
  const hasRegister = bars.some((row) => row.register);
  // Marks are made once per change of their own data: a new brush band or selection re-renders a
  // chart's canvas without redrawing its marks (a hover or a drag does not reach the canvas at all).
  const armsTop = useMemo(
    () => armsMax(bars, stacked.length, series.sipriDeals),
    [bars, stacked, series.sipriDeals],
  );
  const axes = useYAxes(formatNumber, armsTop);
  const armsMarks = useMemo(
    () => <ArmsMarks bars={bars} stackedCount={stacked.length} deals={series.sipriDeals} />,
    [bars, stacked, series.sipriDeals],
  );
  const sharesMarks = useMemo(
    () => <SharesMarks bars={bars} windows={series.windows} oilShare={series.oilShare} />,
    [bars, series.windows, series.oilShare],
  );
  const moneyMarks = useMemo(
    () => <MoneyMarks trade={series.trade} reportedDeals={series.reportedDeals} />,
    [series.trade, series.reportedDeals],
  );
  const rowsAt = (chart: ChartId) => (year: number) => marksAtYear(series, chart, year, text);
  const shown = chartsShown(series);

  // One spec per chart, in reading order; the ones with no marks in the data are left out.
  const specs: ChartSpec[] = [
    {
      id: "arms",
      title: t("trade.armsChart"),
      keyEntries: [
        { mark: "bar-israel", label: t("trade.israelTiv") },
        ...stacked.map((supplier, i) => ({ mark: `bar-supplier-${i}` as const, label: supplier.label })),
        { mark: "bar-other", label: t("trade.otherTiv") },
        ...(series.sipriDeals.length ? [{ mark: "dot-deal" as const, label: t("trade.sipriDeals") }] : []),
        ...(hasRegister ? [{ mark: "bar-register" as const, label: t("trade.registerYears") }] : []),
      ],
      unit: t("trade.tivAxis"),
      rows: bars,
      yAxis: axes.arms,
      marks: armsMarks,
    },
    {
      id: "shares",
      title: t("trade.sharesChart"),
      keyEntries: [
        ...(series.arms.length ? [{ mark: "line-share" as const, label: t("trade.sharePct") }] : []),
        ...(series.arms.some((row) => row.azShareOfIsraelExportsPct !== null)
          ? [{ mark: "line-az-share" as const, label: t("trade.azShareOfIsraelExports") }]
          : []),
        ...(series.windows.length ? [{ mark: "window-line" as const, label: t("trade.windowPct") }] : []),
        ...oilMeasuresShown(series).map((measure) => ({
          mark: `oil-${measure}` as const,
          label: t(`trade.oilMeasure.${measure}`),
        })),
      ],
      unit: "%",
      rows: bars,
      yAxis: axes.shares,
      marks: sharesMarks,
    },
    {
      id: "money",
      title: t("trade.moneyChart"),
      keyEntries: [
        ...(series.trade.length ? [{ mark: "dot-trade" as const, label: t("trade.tradeFigures") }] : []),
        ...(series.reportedDeals.length
          ? [{ mark: "diamond-deal" as const, label: t("trade.reportedDeals") }]
          : []),
      ],
      unit: t("trade.usdAxis"),
      rows: NO_ROWS,
      yAxis: axes.money,
      marks: moneyMarks,
    },
  ];

  const shownSpecs = specs.filter((spec) => shown.includes(spec.id));
  const drawn = useOneAtATime(shownSpecs.length);

  return (
    <div className="trade-charts" dir="ltr">
      {shownSpecs.map(({ id, marks, ...spec }, i) => (
        <YearChart key={id} {...common} {...spec} rowsAt={rowsAt(id)} drawn={i < drawn}>
          {marks}
        </YearChart>
      ))}
      {shown.length === 0 && <p className="empty">{t("trade.noData")}</p>}
    </div>
  );
});
