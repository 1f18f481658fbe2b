import { useMemo } from "react";
import { getNiceTickValues, YAxis } from "recharts";
import { AxisTick } from "./axis-tick";
import { Y_AXIS_WIDTH } from "./year-chart";

/** Ticks are given or few: `interval={0}` keeps Recharts from measuring each label's text to thin them. */
export function useYAxes(formatNumber: (value: number) => string, armsTop: number) {
  return useMemo(() => {
    // With no Recharts series to read, the arms axis takes the nice ticks Recharts would have chosen.
    const armsTicks = getNiceTickValues([0, Math.max(1, armsTop)], 5);
    return {
      arms: (
        <YAxis
          width={Y_AXIS_WIDTH}
          domain={[0, armsTicks.at(-1) ?? 1]}
          allowDataOverflow
          ticks={armsTicks}
          interval={0}
          niceTicks="none"
          tick={AxisTick}
          tickFormatter={(v: number) => formatNumber(v)}
        />
      ),
      shares: (
        <YAxis
          width={Y_AXIS_WIDTH}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          interval={0}
          niceTicks="none"
          tick={AxisTick}
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
          interval={0}
          niceTicks="none"
          tick={AxisTick}
          tickFormatter={(v: number) => formatNumber(v)}
        />
      ),
    };
  }, [formatNumber, armsTop]);
}
