import { type Ref, Suspense, useDeferredValue, useEffect, useMemo } from "react";
import { useRequiredDataset } from "@/data/dataset-queries";
import { useHover } from "@/filters/hover-store";
import { useIceberg } from "@/filters/store";
import { useCriteria } from "@/filters/use-criteria";
import { useI18n } from "@/i18n/i18n";
import { afterFirstLoad } from "@/lib/after-first-load";
import { retryableLazy } from "@/lib/retryable-lazy";
import { useNearViewport } from "@/lib/use-near-viewport";
import { deriveEnergyLayers } from "./energy-layers";
import { FeatureDetail } from "./feature-detail";
import { FeatureList } from "./feature-list";
import type { FeatureActions } from "./map-features";
import "./energy.css";
import { useOptionalMilestones } from "@/data/milestone-queries";

const EnergyMap = retryableLazy(() => import("./energy-map"));

/** The map's box until Leaflet draws in it: the same size, so nothing moves when the map arrives. */
function MapPlaceholder({ ref }: { ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className="energy-map energy-map--loading" aria-hidden="true" />;
}

export default function EnergyPanel() {
  const { features } = useRequiredDataset("energy");
  const { places } = useRequiredDataset("places");
  const milestones = useOptionalMilestones();
  const { t, formatNumber } = useI18n();
  // The control the reader touched paints first; the map follows in a render that can yield.
  const criteria = useDeferredValue(useCriteria("energy"));
  const selected = useDeferredValue(useIceberg((s) => s.f));
  const hoveredMilestone = useHover((s) => s.milestone);
  const hoveredFeature = useHover((s) => s.feature);
  const selectFeature = useIceberg((s) => s.selectFeature);
  const setHover = useHover((s) => s.setHover);
  const actions: FeatureActions = useMemo(
    () => ({
      onToggle: (id) => selectFeature(useIceberg.getState().f === id ? null : id),
      onHover: (feature) => setHover({ feature }),
    }),
    [selectFeature, setHover],
  );

  const layers = useMemo(
    () =>
      deriveEnergyLayers({
        features,
        places,
        milestones: milestones ?? [],
        criteria,
        selected,
        hoveredMilestone,
        hoveredFeature,
      }),
    [features, places, milestones, criteria, selected, hoveredMilestone, hoveredFeature],
  );

  // On a phone the map starts a screen below the chart: Leaflet is set up when the reader scrolls
  // near it, not while the page first loads. Its code is run once the load is over, so that a print
  // (which must draw the map within its beforeprint event) finds it ready.
  const map = useNearViewport<HTMLDivElement>();
  useEffect(() => (map.near ? undefined : afterFirstLoad(() => EnergyMap.preload())), [map.near]);

  const selectedFeature = features.find((f) => f.id === selected);
  const summary = t("energy.summary", {
    lines: formatNumber(layers.features.length),
    dimmed: formatNumber(layers.features.filter((f) => f.dimmed).length),
    places: formatNumber(layers.places.length),
  });

  return (
    <div className="energy">
      <p className="panel-summary">{summary}</p>
      <div className="energy__map-area">
        {map.near ? (
          <Suspense fallback={<MapPlaceholder />}>
            <EnergyMap layers={layers} actions={actions} fitForPrintNow={map.printing} />
          </Suspense>
        ) : (
          <MapPlaceholder ref={map.ref} />
        )}
        {selectedFeature && (
          <FeatureDetail feature={selectedFeature} places={places} onClose={() => selectFeature(null)} />
        )}
      </div>
      <FeatureList layers={layers} actions={actions} />
    </div>
  );
}
