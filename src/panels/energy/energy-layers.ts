import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import type { Criteria } from "@/filters/clauses";
import { showsCategory } from "@/filters/clauses";
import { indexMilestones, inRangeAt, matchMask, milestoneById } from "@/filters/milestone-index";

export interface FeatureView {
  feature: EnergyFeature;
  dimmed: boolean;
  highlighted: boolean;
  selected: boolean;
}

export interface PlaceView {
  place: Place;
  dimmed: boolean;
  highlighted: boolean;
  selected: boolean;
  milestoneCount: number;
  /** Milestones naming the place within the selected years: selecting a place with none would empty the list. */
  inView: number;
}

export interface EnergyLayers {
  features: FeatureView[];
  places: PlaceView[];
  /** What the map should fly to: the selected milestone's places and lines. */
  focus: [number, number][] | null;
  /** Changes only when the selected milestone does, so the map flies once per selection. */
  focusKey: string | null;
}

interface Input {
  features: readonly EnergyFeature[];
  places: readonly Place[];
  milestones: readonly Milestone[];
  criteria: Criteria;
  selected: string | null;
  hoveredMilestone: string | null;
  hoveredFeature?: string | null;
}

const builtBy = (feature: EnergyFeature, year: number) =>
  feature.opened === undefined || feature.opened <= year;

export function deriveEnergyLayers({
  features,
  places,
  milestones,
  criteria,
  selected,
  hoveredMilestone,
  hoveredFeature = null,
}: Input): EnergyLayers {
  const energyShown = showsCategory(criteria, "energy");
  const index = indexMilestones(milestones);
  const selectedMilestone = milestoneById(index, criteria.milestone);
  const hovered = milestoneById(index, hoveredMilestone);
  const linked = new Set([
    ...(selectedMilestone?.features ?? []),
    ...(selectedMilestone?.places ?? []),
    ...(hovered?.features ?? []),
    ...(hovered?.places ?? []),
    ...(hoveredFeature ? [hoveredFeature] : []),
  ]);

  const featureViews: FeatureView[] = features
    .filter((feature) => energyShown || linked.has(feature.id))
    .map((feature) => ({
      feature,
      dimmed: criteria.range !== null && !builtBy(feature, criteria.range.to),
      highlighted: linked.has(feature.id),
      selected: selected === feature.id,
    }));

  const candidate = matchMask(index, { ...criteria, range: null });
  const linesAt = new Map<string, FeatureView[]>();
  for (const view of featureViews) {
    for (const id of view.feature.places) linesAt.set(id, [...(linesAt.get(id) ?? []), view]);
  }
  const unfiltered = criteria.sources === null && criteria.search === null;

  const placeViews: PlaceView[] = [];
  for (const place of places) {
    let naming = 0;
    let inView = 0;
    for (const at of index.byPlace.get(place.id) ?? []) {
      if (!candidate[at]) continue;
      naming++;
      if (inRangeAt(index, at, criteria.range)) inView++;
    }
    const lines = linesAt.get(place.id) ?? [];
    const isInfrastructure = energyShown && unfiltered && lines.length > 0;
    if (!naming && !isInfrastructure && !linked.has(place.id)) continue;
    const inPeriod = inView > 0;
    const dimmed =
      criteria.range !== null && !inPeriod && (lines.length === 0 || lines.every((line) => line.dimmed));
    placeViews.push({
      place,
      dimmed,
      highlighted: linked.has(place.id),
      selected: selected === place.id,
      milestoneCount: naming,
      inView,
    });
  }

  let focus: [number, number][] | null = null;
  if (selectedMilestone) {
    const points: [number, number][] = [];
    for (const id of selectedMilestone.places) {
      const place = places.find((p) => p.id === id);
      if (place) points.push([place.coordinates[1], place.coordinates[0]]);
    }
    for (const id of selectedMilestone.features) {
      const feature = features.find((f) => f.id === id);
      for (const [lon, lat] of feature?.coordinates ?? []) points.push([lat, lon]);
    }
    focus = points.length ? points : null;
  }

  return { features: featureViews, places: placeViews, focus, focusKey: selectedMilestone?.id ?? null };
}
