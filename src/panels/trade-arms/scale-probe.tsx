import { useEffect } from "react";
import { useXAxisInverseScale, useXAxisScale } from "recharts";

export interface XScale {
  toPx: (year: number) => number;
  toYear: (px: number) => number;
}

/** Reads the x scale Recharts computed, so pointer positions map to years without guessing offsets. */
export function ScaleProbe({ onScale }: { onScale: (scale: XScale) => void }) {
  const scale = useXAxisScale();
  const inverse = useXAxisInverseScale();
  useEffect(() => {
    if (scale && inverse)
      onScale({ toPx: (year) => Number(scale(year)), toYear: (px) => Number(inverse(px)) });
  }, [scale, inverse, onScale]);
  return null;
}
