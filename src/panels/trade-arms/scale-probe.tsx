import { useEffect } from "react";
import { usePlotArea, useXAxisInverseScale, useXAxisScale } from "recharts";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";

export interface XScale {
  toPx: (year: number) => number;
  toYear: (px: number) => number;
  /** The plot's top edge and height inside the chart, for overlays drawn outside Recharts. */
  top: number;
  height: number;
}

/** False while Recharts has a scale but no width to map it to yet (it then gives NaN). */
export const isLaidOut = (toPx: (year: number) => number) =>
  Number.isFinite(toPx(YEAR_MIN)) && Number.isFinite(toPx(YEAR_MAX));

/** Reads the x scale Recharts computed, so pointer positions map to years without guessing offsets. */
export function ScaleProbe({ onScale }: { onScale: (scale: XScale) => void }) {
  const scale = useXAxisScale();
  const inverse = useXAxisInverseScale();
  const plot = usePlotArea();
  const top = plot?.y ?? 0;
  const height = plot?.height ?? 0;
  useEffect(() => {
    if (!scale || !inverse) return;
    const toPx = (year: number) => Number(scale(year));
    if (isLaidOut(toPx)) onScale({ toPx, toYear: (px) => Number(inverse(px)), top, height });
  }, [scale, inverse, top, height, onScale]);
  return null;
}
