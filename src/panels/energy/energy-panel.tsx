import { Suspense, useDeferredValue, useMemo } from "react";
import { useOptionalDataset, useRequiredDataset } from "../../data/dataset-queries";
import { useHover } from "../../filters/hover-store";
import { useIceberg } from "../../filters/store";
import { useCriteria } from "../../filters/use-criteria";
import { useI18n } from "../../i18n/i18n";
import { retryableLazy } from "../../lib/retryable-lazy";
import { deriveEnergyLayers } from "./energy-layers";
import { FeatureDetail } from "./feature-detail";
import { FeatureList } from "./feature-list";
import "./energy.css";

const EnergyMap = retryableLazy(() => import("./energy-map"));

export default function EnergyPanel() {
  const { features } = useRequiredDataset("energy");
  const { places } = useRequiredDataset("places");
  const milestones = useOptionalDataset("milestones")?.milestones;
  const { t, formatNumber } = useI18n();
  // The control the reader touched paints first; the map follows in a render that can yield.
  const criteria = useDeferredValue(useCriteria("energy"));
  const selected = useDeferredValue(useIceberg((s) => s.f));
  const hoveredMilestone = useHover((s) => s.milestone);
  const hoveredFeature = useHover((s) => s.feature);

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
        <Suspense fallback={<div className="energy-map energy-map--loading" aria-hidden="true" />}>
          <EnergyMap layers={layers} />
        </Suspense>
        {selectedFeature && <FeatureDetail feature={selectedFeature} places={places} />}
      </div>
      <FeatureList layers={layers} />
    </div>
  );
}
