import type { MilestoneEntry } from "@/data/milestone-split";
import { involvesFeature } from "@/filters/milestone-filter";

/** What the reader points at elsewhere: a year on the chart, a milestone, a map line or place. */
export interface PointedAt {
  year: number | null;
  milestone: string | null;
  feature: string | null;
}

/** What a milestone list marks: the year group pointed at, and each row tied to what is pointed at. */
export interface ListHighlights {
  year: number | null;
  row: (milestone: MilestoneEntry) => boolean;
}

export function listHighlights({ year, milestone, feature }: PointedAt): ListHighlights {
  return {
    year,
    row: (m) => m.id === milestone || (feature !== null && involvesFeature(m, feature)),
  };
}
