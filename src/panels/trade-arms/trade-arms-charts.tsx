import { memo, useCallback, useMemo, useState } from "react";
import { Bar, Cell, Line, ReferenceLine, Scatter, YAxis, ZAxis } from "recharts";
import { OIL_MEASURES } from "@/data/vocabulary";
import { useHover } from "@/filters/hover-store";
import { useIceberg } from "@/filters/store";
import { useI18n } from "@/i18n/i18n";
import {
  type ArmsBarRow,
  armsBars,
  type ChartId,
  type ChartText,
  chartsShown,
  marksAtYear,
  oilMeasuresShown,
  stackedSuppliers,
  yearSpans,
} from "./chart-model";
import type { TradeArmsSeries } from "./trade-arms-series";
import { type Overlays, type XScale, Y_AXIS_WIDTH, YearChart } from "./year-chart";

const OIL_SHAPES = {
  "israel-oil": "triangle",
  "israel-gasoline": "square",
  "azerbaijan-exports": "wye",
  "btc-route": "star",
} as const;

/** Memoised: it renders only when its series, range or hover change, not on every store change. */
const NO_ROWS: readonly object[] = [];

const barCells = (bars: readonly ArmsBarRow[], kind: string) =>
  bars.map((row) => (
    <Cell key={`${kind}-${row.year}`} className={row.register ? "is-register" : undefined} />
  ));

export default memo(function TradeArmsCharts({
  series,
  from,
  to,
  hoveredMilestoneYear,
  hoveredFeatureYears,
}: {
  series: TradeArmsSeries;
  /** The year range, drawn as the brush band. */
  from: number | null;
  to: number | null;
  /** Where the milestone under the pointer in the list falls on the time axis. */
  hoveredMilestoneYear: number | null;
  /** Years of the milestones linked to the map line or place under the pointer. */
  hoveredFeatureYears: readonly number[];
}) {
  const { t, formatNumber, formatYear } = useI18n();
  const setRange = useIceberg((s) => s.setRange);
  const setHover = useHover((s) => s.setHover);
  const hoverYear = useHover((s) => s.year);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [plotWidth, setPlotWidth] = useState(0);

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
    band: drag
      ? { from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) }
      : from !== null || to !== null
        ? { from: from ?? 1991, to: to ?? 2025 }
        : null,
    highlightSpans: useMemo(
      () => yearSpans([...new Set([...series.highlightYears, ...hoveredFeatureYears])].sort((a, b) => a - b)),
      [series.highlightYears, hoveredFeatureYears],
    ),
    hoverYear,
    hoveredMilestoneYear,
    referenceYear: series.referenceYear,
    referenceLabel: t("trade.selected"),
  };
  const onScale = useCallback((scale: XScale) => setPlotWidth(scale.toPx(2025) - scale.toPx(1991)), []);
  const barSize = Math.max(3, Math.floor((plotWidth / 35) * 0.6));

  const common = {
    keysHint: t("trade.keysHint"),
    emptyText: t("trade.noFiguresYear"),
    overlays,
    formatYear,
    onHoverYear: (year: number | null) => setHover({ year }),
    onBrush: (a: number, b: number) => setRange(a, b),
    onDrag: setDrag,
    onScale,
  };
  // The panel keeps unchanged series parts by identity: bars follow the arms rows alone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: armsBars reads only series.arms and series.suppliers
  const bars = useMemo(() => armsBars(series), [series.arms, series.suppliers]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: stackedSuppliers reads only series.suppliers
  const stacked = useMemo(() => stackedSuppliers(series), [series.suppliers]);
  const hasRegister = bars.some((row) => row.register);
  // Recharts redraws a mark only when its element changes: the marks and axes are made once per
  // change of their own data, so a hover, the brush band or a selection redraws only its overlay.
  const armsAxis = useMemo(
    () => <YAxis width={Y_AXIS_WIDTH} tickFormatter={(v: number) => formatNumber(v)} />,
    [formatNumber],
  );
  const sharesAxis = useMemo(
    () => (
      <YAxis
        width={Y_AXIS_WIDTH}
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        allowDataOverflow
        tickFormatter={(v: number) => `${formatNumber(v)}%`}
      />
    ),
    [formatNumber],
  );
  const moneyAxis = useMemo(
    () => (
      <YAxis
        width={Y_AXIS_WIDTH}
        scale="log"
        domain={[1, 10000]}
        allowDataOverflow
        ticks={[1, 10, 100, 1000, 10000]}
        tickFormatter={(v: number) => formatNumber(v)}
      />
    ),
    [formatNumber],
  );
  const armsMarks = useMemo(
    () => (
      <>
        <ZAxis type="number" dataKey="value" range={[30, 360]} />
        <Bar
          dataKey="israel"
          stackId="tiv"
          className="bar-israel"
          barSize={barSize}
          isAnimationActive={false}
        >
          {barCells(bars, "israel")}
        </Bar>
        {stacked.map((supplier, i) => (
          <Bar
            key={supplier.id}
            dataKey={`s${i}`}
            stackId="tiv"
            className={`bar-supplier-${i}`}
            barSize={barSize}
            isAnimationActive={false}
          >
            {barCells(bars, supplier.id)}
          </Bar>
        ))}
        <Bar dataKey="rest" stackId="tiv" className="bar-other" barSize={barSize} isAnimationActive={false}>
          {barCells(bars, "rest")}
        </Bar>
        <Scatter data={series.sipriDeals} dataKey="value" className="dot-deal" isAnimationActive={false} />
      </>
    ),
    [bars, stacked, barSize, series.sipriDeals],
  );
  const sharesMarks = useMemo(
    () => (
      <>
        <ZAxis type="number" range={[70, 70]} />
        {(["shareTables", "shareRegister"] as const).map((key) => (
          <Line
            key={key}
            dataKey={key}
            type="linear"
            connectNulls={false}
            className="line-share"
            dot={{ r: 2.5 }}
            isAnimationActive={false}
          />
        ))}
        <Line
          dataKey="azShare"
          type="linear"
          connectNulls={false}
          className="line-az-share"
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
        {series.windows.map((w) => (
          <ReferenceLine
            key={`${w.from}-${w.to}-${w.pct}`}
            segment={[
              { x: w.from - 0.4, y: w.pct },
              { x: w.to + 0.4, y: w.pct },
            ]}
            className="window-line"
            ifOverflow="hidden"
          />
        ))}
        {OIL_MEASURES.map((measure) => (
          <Scatter
            key={measure}
            data={series.oilShare.filter((p) => p.measure === measure)}
            dataKey="value"
            shape={OIL_SHAPES[measure]}
            className={`oil-mark oil-${measure}`}
            isAnimationActive={false}
          />
        ))}
      </>
    ),
    [series.windows, series.oilShare],
  );
  const moneyMarks = useMemo(
    () => (
      <>
        <ZAxis type="number" range={[60, 60]} />
        <Scatter data={series.trade} dataKey="value" className="dot-trade" isAnimationActive={false} />
        <Scatter
          data={series.reportedDeals}
          dataKey="value"
          shape="diamond"
          className="diamond-deal"
          isAnimationActive={false}
        />
      </>
    ),
    [series.trade, series.reportedDeals],
  );
  const rowsAt = (chart: ChartId) => (year: number) => marksAtYear(series, chart, year, text);
  const shown = chartsShown(series);

  return (
    <div className="trade-charts" dir="ltr">
      {shown.includes("arms") && (
        <YearChart
          {...common}
          title={t("trade.armsChart")}
          keyEntries={[
            { mark: "bar-israel", label: t("trade.israelTiv") },
            ...stacked.map((supplier, i) => ({ mark: `bar-supplier-${i}` as const, label: supplier.label })),
            { mark: "bar-other", label: t("trade.otherTiv") },
            ...(series.sipriDeals.length
              ? [{ mark: "dot-deal" as const, label: t("trade.sipriDeals") }]
              : []),
            ...(hasRegister ? [{ mark: "bar-register" as const, label: t("trade.registerYears") }] : []),
          ]}
          unit={t("trade.tivAxis")}
          rows={bars}
          rowsAt={rowsAt("arms")}
          yAxis={armsAxis}
        >
          {armsMarks}
        </YearChart>
      )}
      {shown.includes("shares") && (
        <YearChart
          {...common}
          title={t("trade.sharesChart")}
          keyEntries={[
            ...(series.arms.length ? [{ mark: "line-share" as const, label: t("trade.sharePct") }] : []),
            ...(series.arms.some((row) => row.azShareOfIsraelExportsPct !== null)
              ? [{ mark: "line-az-share" as const, label: t("trade.azShareOfIsraelExports") }]
              : []),
            ...(series.windows.length ? [{ mark: "window-line" as const, label: t("trade.windowPct") }] : []),
            ...oilMeasuresShown(series).map((measure) => ({
              mark: `oil-${measure}` as const,
              label: t(`trade.oilMeasure.${measure}`),
            })),
          ]}
          unit="%"
          rows={bars}
          rowsAt={rowsAt("shares")}
          yAxis={sharesAxis}
        >
          {sharesMarks}
        </YearChart>
      )}
      {shown.includes("money") && (
        <YearChart
          {...common}
          title={t("trade.moneyChart")}
          keyEntries={[
            ...(series.trade.length ? [{ mark: "dot-trade" as const, label: t("trade.tradeFigures") }] : []),
            ...(series.reportedDeals.length
              ? [{ mark: "diamond-deal" as const, label: t("trade.reportedDeals") }]
              : []),
          ]}
          unit={t("trade.usdAxis")}
          rows={NO_ROWS}
          rowsAt={rowsAt("money")}
          yAxis={moneyAxis}
        >
          {moneyMarks}
        </YearChart>
      )}
      {shown.length === 0 && <p className="empty">{t("trade.noData")}</p>}
    </div>
  );
});
