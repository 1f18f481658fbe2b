import { useLayoutEffect, useRef } from "react";
import type { TooltipRow } from "./chart-model";
import "./chart-tooltip.css";

/** The marks one chart draws at one year, each with its figure, its period and its source. */
export function ChartTooltip({
  id,
  year,
  rows,
  x,
  flip,
  emptyText,
}: {
  id: string;
  year: string;
  rows: readonly TooltipRow[];
  /** The year's position in the plot, in pixels from its left edge. */
  x: number;
  /** Open to the left of the year, near the right edge of the plot. */
  flip: boolean;
  emptyText: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Set through the CSSOM, which a style-src 'self' policy allows, unlike a style attribute.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the size changes with the rows
  useLayoutEffect(() => {
    const el = box.current;
    const room = el?.parentElement?.clientWidth ?? 0;
    if (!el) return;
    const width = el.offsetWidth;
    const left = flip ? x - 12 - width : x + 12;
    el.style.left = `${Math.max(0, Math.min(left, room - width))}px`;
  }, [x, flip, rows]);
  return (
    <div ref={box} id={id} className="chart-tooltip" role="tooltip" aria-live="polite">
      <p className="chart-tooltip__year">{year}</p>
      {rows.length === 0 ? (
        <p className="chart-tooltip__empty">{emptyText}</p>
      ) : (
        <ul className="chart-tooltip__rows">
          {rows.map((row, i) => (
            <li key={row.key} dir="auto">
              <span className={`legend-mark legend-mark--${row.mark}`} aria-hidden="true" />
              <span className="chart-tooltip__label">{row.label}</span>{" "}
              <strong className="chart-tooltip__value">{row.value}</strong>
              {row.detail && <span className="chart-tooltip__detail">{row.detail}</span>}
              {rows[i + 1]?.source !== row.source && (
                <span className="chart-tooltip__source">{row.source}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
