import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import type { EnergyLayers } from "./energy-layers";

/** Every map feature as a button: the keyboard and screen-reader path into the map. */
export function FeatureList({ layers }: { layers: EnergyLayers }) {
  const { t, lang, formatNumber, formatYear } = useI18n();
  const selected = useIceberg((s) => s.f);
  const selectFeature = useIceberg((s) => s.selectFeature);
  const toggle = (id: string) => selectFeature(selected === id ? null : id);

  return (
    <div className="feature-list">
      <h3>{t("energy.pipelines")}</h3>
      <ul>
        {layers.features.map(({ feature, dimmed, highlighted }) => {
          const notes = [
            t(`energy.${feature.commodity}`),
            t(feature.role === "flow" ? "energy.flow" : "energy.context"),
            feature.opened !== undefined && t("energy.opened", { year: formatYear(feature.opened) }),
            feature.capacity &&
              t("energy.capacity", {
                value: `${formatNumber(feature.capacity.value)} ${feature.capacity.unit}`,
              }),
            feature.status === "schematic" && t("energy.schematic"),
            feature.status === "unconfirmed" && t("energy.unconfirmed"),
            dimmed && t("energy.notBuilt"),
          ].filter(Boolean);
          return (
            <li key={feature.id}>
              <button
                type="button"
                className={`feature-button feature-button--${feature.commodity}`}
                data-feature-id={feature.id}
                data-dimmed={dimmed || undefined}
                data-highlighted={highlighted || undefined}
                aria-pressed={selected === feature.id}
                onClick={() => toggle(feature.id)}
              >
                <span
                  className={`feature-button__swatch line-${feature.role}-${feature.status}`}
                  aria-hidden="true"
                />
                <span className="feature-button__name">{feature.name[lang]}</span>
                <span className="feature-button__notes">{notes.join(" · ")}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h3>{t("energy.places")}</h3>
      <ul className="feature-list__places">
        {layers.places.map(({ place, dimmed, highlighted, milestoneCount }) => (
          <li key={place.id}>
            <button
              type="button"
              className="feature-button feature-button--place"
              data-feature-id={place.id}
              data-dimmed={dimmed || undefined}
              data-highlighted={highlighted || undefined}
              aria-pressed={selected === place.id}
              onClick={() => toggle(place.id)}
            >
              <span className="feature-button__name">{place.name[lang]}</span>
              {milestoneCount > 0 && (
                <span className="feature-button__notes">
                  {milestoneCount === 1
                    ? t("energy.placeOneMilestone")
                    : t("energy.placeMilestones", { count: formatNumber(milestoneCount) })}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
