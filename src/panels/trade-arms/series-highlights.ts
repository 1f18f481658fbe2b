import type { ArmsRow } from "./trade-arms-series";

export interface SeriesHighlights {
  peakYear: number;
  peakTiv: number;
  shareYear: number;
  sharePct: number;
}

/** The facts a sentence about the chart should carry: the peak of deliveries and of Israel's share. */
export function seriesHighlights(arms: readonly ArmsRow[]): SeriesHighlights | null {
  const peak = arms.reduce<ArmsRow | null>(
    (best, row) => (!best || row.israelTiv > best.israelTiv ? row : best),
    null,
  );
  const share = arms.reduce<ArmsRow | null>(
    (best, row) => (row.sharePct !== null && (!best || row.sharePct > (best.sharePct ?? 0)) ? row : best),
    null,
  );
  if (!peak || !share || share.sharePct === null) return null;
  return { peakYear: peak.year, peakTiv: peak.israelTiv, shareYear: share.year, sharePct: share.sharePct };
}
