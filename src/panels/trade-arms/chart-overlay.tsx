import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { isLaidOut, type XScale } from "./scale-probe";
import { spanPath } from "./standing-overlays";

/** What moves with the pointer: the hovered year, the hovered milestone's year, a brush being dragged. */
export interface TransientOverlays {
  hoverYear: number | null;
  hoveredMilestoneYear: number | null;
  drag: { from: number; to: number } | null;
}

const inRange = (year: number | null): year is number =>
  year !== null && year >= YEAR_MIN - 0.5 && year <= YEAR_MAX + 0.5;

/** Drawn over the Recharts canvas from its x scale, so a pointer move never re-renders the chart. */
export function ChartOverlay({ scale, overlays }: { scale: XScale | null; overlays: TransientOverlays }) {
  if (!scale) return null;
  const { top, height } = scale;
  if (!isLaidOut(scale.toPx)) return null;
  const lines = [
    { key: "pointer", year: overlays.hoverYear },
    { key: "milestone", year: overlays.hoveredMilestoneYear },
  ].filter((line): line is { key: string; year: number } => inRange(line.year));
  const { drag } = overlays;
  if (!lines.length && !drag) return null;
  return (
    <svg className="chart-overlay" aria-hidden="true">
      {drag && (
        <g className="brush-band">
          <path d={spanPath(scale.toPx, drag, top, height)} />
        </g>
      )}
      {lines.map(({ key, year }) => (
        <g key={key} className="hover-line">
          <line x1={scale.toPx(year)} x2={scale.toPx(year)} y1={top} y2={top + height} />
        </g>
      ))}
    </svg>
  );
}
