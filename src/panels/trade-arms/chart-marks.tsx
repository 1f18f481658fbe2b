import "./chart-marks.css";
import { memo, useId, useMemo } from "react";
import { DefaultZIndexes, Symbols, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { OIL_MEASURES } from "@/data/vocabulary";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import type { ArmsBarRow } from "./chart-model";
import { barWidthFor, brokenLinePath, dealArea, type Scale, stackedBarRects } from "./mark-geometry";
import type { TradeArmsSeries } from "./trade-arms-series";

/**
 * Each chart's marks, drawn as one plain SVG layer on the scales Recharts computed. Recharts
 * draws the axes and overlays; a Bar, Line or Scatter per series would each register in
 * Recharts' store and re-run its selectors on every change, which made the charts' first paint
 * and every selection a long task.
 */

const OIL_SHAPES = {
  "israel-oil": "triangle",
  "israel-gasoline": "square",
  "azerbaijan-exports": "wye",
  "btc-route": "star",
} as const;

/** The chart's scales as plain functions, or null before Recharts has laid the chart out. */
function useScales(): { x: Scale; y: Scale } | null {
  const x = useXAxisScale();
  const y = useYAxisScale();
  return useMemo(
    () => (x && y ? { x: (v: number) => Number(x(v)), y: (v: number) => Number(y(v)) } : null),
    [x, y],
  );
}

/** Marks above the reference areas, clipped to the plot like Recharts' own. */
function MarksLayer({ zIndex, children }: { zIndex: number; children: React.ReactNode }) {
  const plot = usePlotArea();
  const clipId = useId();
  if (!plot) return null;
  return (
    <ZIndexLayer zIndex={zIndex}>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>{children}</g>
    </ZIndexLayer>
  );
}

const finite = (...values: number[]) => values.every(Number.isFinite);

/** Deliveries stacked by supplier (Israel first, "other suppliers" last), and SIPRI's deals sized by TIV. */
export const ArmsMarks = memo(function ArmsMarks({
  bars,
  stackedCount,
  deals,
}: {
  bars: readonly ArmsBarRow[];
  stackedCount: number;
  deals: TradeArmsSeries["sipriDeals"];
}) {
  const scales = useScales();
  if (!scales) return null;
  const { x, y } = scales;
  const rects = stackedBarRects(bars, stackedCount, x, y, barWidthFor(x, YEAR_MIN, YEAR_MAX));
  const maxDeal = Math.max(0, ...deals.map((d) => d.value));
  return (
    <MarksLayer zIndex={DefaultZIndexes.bar}>
      {rects.map((r) => (
        <rect
          key={r.key}
          className={`${r.series}${r.register ? " is-register" : ""}`}
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
        />
      ))}
      <g className="dot-deal">
        {deals.map((deal) =>
          finite(x(deal.year), y(deal.value)) ? (
            <Symbols
              key={deal.id}
              type="circle"
              cx={x(deal.year)}
              cy={y(deal.value)}
              size={dealArea(deal.value, maxDeal)}
            />
          ) : null,
        )}
      </g>
    </MarksLayer>
  );
});

function YearLine({
  rows,
  value,
  className,
  r,
  x,
  y,
}: {
  rows: readonly ArmsBarRow[];
  value: (row: ArmsBarRow) => number | null;
  className: string;
  r: number;
  x: Scale;
  y: Scale;
}) {
  const points = rows.map((row) => {
    const v = value(row);
    return { key: row.year, x: x(row.year), y: v === null ? null : y(v) };
  });
  return (
    <g className={className}>
      <path className="recharts-line-curve" fill="none" d={brokenLinePath(points)} />
      {points.map((p) =>
        p.y === null ? null : <circle key={p.key} className="recharts-dot" cx={p.x} cy={p.y} r={r} />,
      )}
    </g>
  );
}

/** Israel's yearly shares as lines (gaps stay gaps), SIPRI's five-year shares, and the oil shares by measure. */
export const SharesMarks = memo(function SharesMarks({
  bars,
  windows,
  oilShare,
}: {
  bars: readonly ArmsBarRow[];
  windows: TradeArmsSeries["windows"];
  oilShare: TradeArmsSeries["oilShare"];
}) {
  const scales = useScales();
  if (!scales) return null;
  const { x, y } = scales;
  return (
    <MarksLayer zIndex={DefaultZIndexes.line}>
      <YearLine rows={bars} value={(row) => row.shareTables} className="line-share" r={2.5} x={x} y={y} />
      <YearLine rows={bars} value={(row) => row.shareRegister} className="line-share" r={2.5} x={x} y={y} />
      <YearLine rows={bars} value={(row) => row.azShare} className="line-az-share" r={2} x={x} y={y} />
      <g className="window-line">
        {windows.map((w) => (
          <line
            key={`${w.from}-${w.to}-${w.pct}`}
            x1={x(w.from - 0.4)}
            x2={x(w.to + 0.4)}
            y1={y(w.pct)}
            y2={y(w.pct)}
          />
        ))}
      </g>
      {OIL_MEASURES.map((measure) => (
        <g key={measure} className={`oil-mark oil-${measure}`}>
          {oilShare
            .filter((p) => p.measure === measure)
            .map((p) => (
              <Symbols key={p.id} type={OIL_SHAPES[measure]} cx={x(p.year)} cy={y(p.value)} size={70} />
            ))}
        </g>
      ))}
    </MarksLayer>
  );
});

/** Point figures in US$ on a log scale: bilateral trade and the deals the documents report. */
export const MoneyMarks = memo(function MoneyMarks({
  trade,
  reportedDeals,
}: {
  trade: TradeArmsSeries["trade"];
  reportedDeals: TradeArmsSeries["reportedDeals"];
}) {
  const scales = useScales();
  if (!scales) return null;
  const { x, y } = scales;
  const points = (
    marks: readonly { id: string; year: number; value: number }[],
    type: "circle" | "diamond",
  ) =>
    marks.map((m) =>
      finite(x(m.year), y(m.value)) ? (
        <Symbols key={m.id} type={type} cx={x(m.year)} cy={y(m.value)} size={60} />
      ) : null,
    );
  return (
    <MarksLayer zIndex={DefaultZIndexes.scatter}>
      <g className="dot-trade">{points(trade, "circle")}</g>
      <g className="diamond-deal">{points(reportedDeals, "diamond")}</g>
    </MarksLayer>
  );
});
