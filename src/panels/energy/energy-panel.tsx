import { useMemo } from "react";
import { useOptionalDataset, useRequiredDataset } from "../../data/dataset-queries";
import { useIceberg } from "../../filters/store";
import { useCriteria } from "../../filters/use-criteria";
import { useI18n } from "../../i18n/i18n";
import { retryableLazy } from "../../lib/retryable-lazy";
import { deriveEnergyLayers } from "./energy-layers";
import { FeatureList } from "./feature-list";

const EnergyMap = retryableLazy(() => import("./energy-map"));

export default function EnergyPanel() {
  const { features } = useRequiredDataset("energy");
  const { places } = useRequiredDataset("places");
  const milestones = useOptionalDataset("milestones")?.milestones;
  const { t, formatNumber } = useI18n();
  const criteria = useCriteria("energy");
  const selected = useIceberg((s) => s.f);
  const hoveredMilestone = useIceberg((s) => s.hover.milestone);

  const layers = useMemo(
    () =>
      deriveEnergyLayers({
        features,
        places,
        milestones: milestones ?? [],
        criteria,
        selected,
        hoveredMilestone,
      }),
    [features, places, milestones, criteria, selected, hoveredMilestone],
  );

  const summary = t("energy.summary", {
    lines: formatNumber(layers.features.length),
    dimmed: formatNumber(layers.features.filter((f) => f.dimmed).length),
    places: formatNumber(layers.places.length),
  });

  return (
    <div className="energy">
      <p className="panel-summary">{summary}</p>
      <EnergyMap layers={layers} />
      <FeatureList layers={layers} />
    </div>
  );
}
