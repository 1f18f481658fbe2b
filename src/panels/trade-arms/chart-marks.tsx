import "./chart-marks.css";
import { useMemo } from "react";
import { Bar, Cell, Line, ReferenceLine, Scatter, YAxis, ZAxis } from "recharts";
import { OIL_MEASURES } from "@/data/vocabulary";
import type { ArmsBarRow, stackedSuppliers } from "./chart-model";
import type { TradeArmsSeries } from "./trade-arms-series";
import { Y_AXIS_WIDTH } from "./year-chart";

/**
 * The marks each chart draws and its value axis, as Recharts elements made once per change of
 * their own data: Recharts redraws a mark only when its element changes, so a hover, the brush
 * band or a selection redraws only its overlay.
 */

const OIL_SHAPES = {
  "israel-oil": "triangle",
  "israel-gasoline": "square",
  "azerbaijan-exports": "wye",
  "btc-route": "star",
} as const;

const barCells = (bars: readonly ArmsBarRow[], kind: string) =>
  bars.map((row) => (
    <Cell key={`${kind}-${row.year}`} className={row.register ? "is-register" : undefined} />
  ));

export function useYAxes(formatNumber: (value: number) => string) {
  return useMemo(
    () => ({
      arms: <YAxis width={Y_AXIS_WIDTH} tickFormatter={(v: number) => formatNumber(v)} />,
      shares: (
        <YAxis
          width={Y_AXIS_WIDTH}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          allowDataOverflow
          tickFormatter={(v: number) => `${formatNumber(v)}%`}
        />
      ),
      money: (
        <YAxis
          width={Y_AXIS_WIDTH}
          scale="log"
          domain={[1, 10000]}
          allowDataOverflow
          ticks={[1, 10, 100, 1000, 10000]}
          tickFormatter={(v: number) => formatNumber(v)}
        />
      ),
    }),
    [formatNumber],
  );
}

/** Deliveries stacked by supplier (Israel first, "other suppliers" last), and SIPRI's deals sized by TIV. */
export function useArmsMarks(
  bars: readonly ArmsBarRow[],
  stacked: ReturnType<typeof stackedSuppliers>,
  barSize: number,
  sipriDeals: TradeArmsSeries["sipriDeals"],
) {
  return useMemo(
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
        <Scatter data={sipriDeals} dataKey="value" className="dot-deal" isAnimationActive={false} />
      </>
    ),
    [bars, stacked, barSize, sipriDeals],
  );
}

/** Israel's yearly shares as lines (gaps stay gaps), SIPRI's five-year shares, and the oil shares by measure. */
export function useSharesMarks(windows: TradeArmsSeries["windows"], oilShare: TradeArmsSeries["oilShare"]) {
  return useMemo(
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
        {windows.map((w) => (
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
            data={oilShare.filter((p) => p.measure === measure)}
            dataKey="value"
            shape={OIL_SHAPES[measure]}
            className={`oil-mark oil-${measure}`}
            isAnimationActive={false}
          />
        ))}
      </>
    ),
    [windows, oilShare],
  );
}

/** Point figures in US$: bilateral trade and the deals the documents report. */
export function useMoneyMarks(
  trade: TradeArmsSeries["trade"],
  reportedDeals: TradeArmsSeries["reportedDeals"],
) {
  return useMemo(
    () => (
      <>
        <ZAxis type="number" range={[60, 60]} />
        <Scatter data={trade} dataKey="value" className="dot-trade" isAnimationActive={false} />
        <Scatter
          data={reportedDeals}
          dataKey="value"
          shape="diamond"
          className="diamond-deal"
          isAnimationActive={false}
        />
      </>
    ),
    [trade, reportedDeals],
  );
}
