import { lazy, useMemo } from "react";
import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { MilestoneEntry as Milestone } from "@/data/milestone-split";
import { useIceberg } from "@/filters/store";
import { useCriteria } from "@/filters/use-criteria";
import { deriveEnergyLayers } from "@/panels/energy/energy-layers";
import "./slide-map.css";

const EnergyMap = lazy(() => import("@/panels/energy/energy-map"));

/** The energy map of one slide, framed on the step's milestone and feature. */
export function SlideMap({
  features,
  places,
  milestones,
  frame,
}: {
  features: readonly EnergyFeature[];
  places: readonly Place[];
  milestones: readonly Milestone[];
  frame: [number, number][];
}) {
  const criteria = useCriteria("energy");
  const selected = useIceberg((s) => s.f);
  const layers = useMemo(
    () => deriveEnergyLayers({ features, places, milestones, criteria, selected, hoveredMilestone: null }),
    [features, places, milestones, criteria, selected],
  );
  return (
    <div className="slide-map">
      <EnergyMap layers={layers} frame={frame} />
    </div>
  );
}
