import { createContext, useContext } from "react";
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from "recharts";
import { isLaidOut } from "./scale-probe";

/** What the chart keeps drawn until the view changes: the brush, linked years and the selection. */
export interface StandingOverlays {
  band: { from: number; to: number } | null;
  highlightSpans: { from: number; to: number }[];
  referenceYear: number | null;
  referenceLabel: string;
}

const NONE: StandingOverlays = { band: null, highlightSpans: [], referenceYear: null, referenceLabel: "" };

/**
 * Given to the layers inside the chart by context, not by props: a new band or selection then
 * re-renders these two layers alone, while the chart around them (whose every render re-runs
 * Recharts' store) stays as it was.
 */
export const StandingOverlaysContext = createContext<StandingOverlays>(NONE);

/** A year span as a path across the plot's height, from half a year before to half a year after. */
export const spanPath = (
  toPx: (year: number) => number,
  span: { from: number; to: number },
  top: number,
  height: number,
) => {
  const left = toPx(span.from - 0.5);
  const right = toPx(span.to + 0.5);
  return `M${left},${top}H${right}V${top + height}H${left}Z`;
};

/** Linked years and the brush band behind the marks, the selected milestone's line above them; in the chart's own SVG, so exports and print keep them. */
export function StandingOverlayLayers() {
  const { band, highlightSpans, referenceYear, referenceLabel } = useContext(StandingOverlaysContext);
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const toPx = (year: number) => Number(scale(year));
  if (!isLaidOut(toPx)) return null;
  const { x, y: top, width, height } = plot;
  const lineX = referenceYear === null ? null : toPx(referenceYear);
  // On the plot's right half the label reads leftwards from the line, so it is never cut at the edge.
  const leftward = lineX !== null && lineX > x + width / 2;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.area}>
        {highlightSpans.map((span) => (
          <g key={span.from} className="feature-year">
            <path d={spanPath(toPx, span, top, height)} />
          </g>
        ))}
        {band && (
          <g className="brush-band">
            <path d={spanPath(toPx, band, top, height)} />
          </g>
        )}
      </ZIndexLayer>
      {/* Both layers stay mounted: mounting one registers it in Recharts' store, which re-renders the chart. */}
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        {lineX !== null && lineX >= x && lineX <= x + width && (
          <g className="milestone-line">
            <line x1={lineX} x2={lineX} y1={top} y2={top + height} />
            <text
              className="milestone-line__label"
              x={leftward ? lineX - 5 : lineX + 5}
              y={top + 5}
              dy="0.71em"
              textAnchor={leftward ? "end" : "start"}
            >
              {referenceLabel}
            </text>
          </g>
        )}
      </ZIndexLayer>
    </>
  );
}
