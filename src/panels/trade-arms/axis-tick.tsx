import type { BaseTickContentProps } from "recharts";

/** Recharts' em offsets for one line of text at each vertical anchor. */
const DY = { start: "0.71em", middle: "0.355em", end: "0" } as const;

/**
 * An axis label as plain SVG text. Recharts' own `<Text>` measures each word in the DOM to wrap
 * it, a forced layout per tick on every render; these one-word labels never wrap.
 *
 * Its class is ours, not Recharts' `recharts-cartesian-axis-tick-value`: after each commit Recharts
 * reads the computed font of the first label with that class and, on a chart's first draw, draws
 * the axis again with it. The font only serves to thin labels that collide, and every axis here
 * sets `interval={0}`.
 */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  fill,
  index,
  payload,
  tickFormatter,
}: BaseTickContentProps) {
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill} className="axis-tick">
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
