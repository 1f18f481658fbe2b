import type { BaseTickContentProps } from "recharts";

/** Recharts' em offsets for one line of text at each vertical anchor. */
const DY = { start: "0.71em", middle: "0.355em", end: "0" } as const;

/**
 * An axis label as plain SVG text. Recharts' own `<Text>` measures each word in the DOM to wrap
 * it, a forced layout per tick on every render; these one-word labels never wrap.
 */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  fill,
  className,
  index,
  payload,
  tickFormatter,
}: BaseTickContentProps) {
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill} className={className}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
