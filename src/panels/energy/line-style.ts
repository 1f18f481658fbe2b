import type { EnergyFeature } from "@/data/map-schemas";

/** Line width encodes capacity where a figure exists; lines without one keep a thin default. */
export function lineWeight(feature: EnergyFeature): number {
  const capacity = feature.capacity;
  if (!capacity) return feature.role === "context" ? 2 : 3;
  if (capacity.unit === "bbl/d") return 2 + Math.min(6, capacity.value / 200_000);
  if (capacity.unit === "kb/d") return 2 + Math.min(6, capacity.value / 200);
  if (capacity.unit === "bcm/y") return 2 + Math.min(6, capacity.value / 5);
  return 3;
}

export function lineClassName(
  feature: EnergyFeature,
  state: { dimmed: boolean; highlighted: boolean; selected: boolean },
) {
  return [
    "flow-line",
    `flow-line--${feature.commodity}`,
    `flow-line--${feature.role}`,
    `flow-line--${feature.status}`,
    state.dimmed && "is-dimmed",
    (state.highlighted || state.selected) && "is-highlighted",
  ]
    .filter(Boolean)
    .join(" ");
}
