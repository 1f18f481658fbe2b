import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { Lang, Milestone } from "@/data/schemas";
import type { TradeArmsFile } from "@/data/trade-arms-schemas";
import { clausesOf, criteriaFrom } from "@/filters/clauses";
import { YEAR_BOUNDS } from "@/filters/use-criteria";
import { type StoryView, sharedViewFromStory } from "@/filters/view-codec";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { deriveEnergyLayers } from "@/panels/energy/energy-layers";
import { deriveTradeArmsSeries, type TradeArmsSeries } from "@/panels/trade-arms/trade-arms-series";

/** What a slide shows; a part with nothing to draw in the step's view is null and left out. */
export interface SlidePlan {
  range: { from: number; to: number };
  chart: { series: TradeArmsSeries; arms: boolean; money: boolean } | null;
  /** The points the map frames: the step's milestone, its places and lines, and the selected feature. */
  map: { frame: [number, number][] } | null;
  milestone: Milestone | null;
}

export interface SlideData {
  tradeArms: TradeArmsFile;
  features: readonly EnergyFeature[];
  places: readonly Place[];
  milestones: readonly Milestone[];
}

const within = (year: number, range: SlidePlan["range"]) => year >= range.from && year <= range.to;

/** Which of the chart's two plots draw anything inside the step's years. */
export function chartMarksInRange(series: TradeArmsSeries, range: SlidePlan["range"]) {
  const arms =
    series.arms.some((row) => within(row.year, range) && row.israelTiv + row.otherTiv > 0) ||
    series.windows.some((w) => w.from <= range.to && w.to >= range.from) ||
    series.sipriDeals.some((d) => within(d.year, range));
  const money =
    series.trade.some((p) => within(p.year, range)) ||
    series.oilShare.some((p) => within(p.year, range)) ||
    series.reportedDeals.some((d) => within(d.year, range));
  return { arms, money };
}

function mapFrame(view: StoryView, data: SlideData): [number, number][] {
  const criteria = criteriaFrom(clausesOf(sharedViewFromStory(view), YEAR_BOUNDS), "energy");
  const layers = deriveEnergyLayers({
    features: data.features,
    places: data.places,
    milestones: data.milestones,
    criteria,
    selected: view.f ?? null,
    hoveredMilestone: null,
  });
  const points: [number, number][] = [...(layers.focus ?? [])];
  const feature = data.features.find((f) => f.id === view.f);
  for (const [lon, lat] of feature?.coordinates ?? []) points.push([lat, lon]);
  const place = data.places.find((p) => p.id === view.f);
  if (place) points.push([place.coordinates[1], place.coordinates[0]]);
  if (points.length) return points;
  // No milestone or feature to frame: the lines the step's categories show, if any.
  return layers.features
    .filter((v) => !v.dimmed)
    .flatMap((v) => v.feature.coordinates.map(([lon, lat]) => [lat, lon] as [number, number]));
}

export function planSlide(
  view: StoryView,
  data: SlideData,
  lang: Lang,
  docTitle: (id: string) => string,
): SlidePlan {
  const range = { from: view.from ?? YEAR_MIN, to: view.to ?? YEAR_MAX };
  const series = deriveTradeArmsSeries({
    data: data.tradeArms,
    milestones: data.milestones,
    criteria: criteriaFrom(clausesOf(sharedViewFromStory(view), YEAR_BOUNDS), "trade"),
    lang,
    docTitle,
  });
  const plots = chartMarksInRange(series, range);
  const frame = mapFrame(view, data);
  return {
    range,
    chart: plots.arms || plots.money ? { series, ...plots } : null,
    map: frame.length ? { frame } : null,
    milestone: data.milestones.find((m) => m.id === view.m) ?? null,
  };
}
