import { useEffect } from "react";
import { usePlotArea, useXAxisInverseScale, useXAxisScale } from "recharts";

export interface XScale {
  toPx: (year: number) => number;
  toYear: (px: number) => number;
  /** The plot's top edge and height inside the chart, for overlays drawn outside Recharts. */
  top: number;
  height: number;
}

/** Reads the x scale Recharts computed, so pointer positions map to years without guessing offsets. */
export function ScaleProbe({ onScale }: { onScale: (scale: XScale) => void }) {
  const scale = useXAxisScale();
  const inverse = useXAxisInverseScale();
  const plot = usePlotArea();
  const top = plot?.y ?? 0;
  const height = plot?.height ?? 0;
  useEffect(() => {
    if (scale && inverse)
      onScale({ toPx: (year) => Number(scale(year)), toYear: (px) => Number(inverse(px)), top, height });
  }, [scale, inverse, top, height, onScale]);
  return null;
}
