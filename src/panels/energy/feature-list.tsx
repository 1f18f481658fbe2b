import { memo, useState } from "react";
import { matchesQuery, parseQuery } from "@/filters/text-search";
import { useI18n } from "@/i18n/i18n";
import type { EnergyLayers } from "./energy-layers";
import type { FeatureActions } from "./map-features";

/**
 * Every map feature as a button: the keyboard and screen-reader path into the map. The lines
 * stay listed; the places fold away behind a filter box so they never drive the panel's height.
 */
export const FeatureList = memo(function FeatureList({
  layers,
  actions,
}: {
  layers: EnergyLayers;
  actions: FeatureActions;
}) {
  const { t, lang, formatNumber } = useI18n();
  const [placeQuery, setPlaceQuery] = useState("");
  const toggle = actions.onToggle;
  const hover = (id: string) => ({
    onMouseEnter: () => actions.onHover(id),
    onMouseLeave: () => actions.onHover(null),
    onFocus: () => actions.onHover(id),
    onBlur: () => actions.onHover(null),
  });
  const terms = parseQuery(placeQuery);
  const places = layers.places.filter(({ place }) => matchesQuery(Object.values(place.name), terms));

  return (
    <div className="feature-list">
      <h3 className="feature-list__heading">{t("energy.pipelines")}</h3>
      <ul className="feature-list__lines">
        {layers.features.map(({ feature, dimmed, highlighted, selected }) => (
          <li key={feature.id}>
            <button
              type="button"
              className={`feature-button feature-button--${feature.commodity}`}
              data-feature-id={feature.id}
              data-dimmed={dimmed || undefined}
              data-highlighted={highlighted || undefined}
              aria-pressed={selected}
              onClick={() => toggle(feature.id)}
              {...hover(feature.id)}
            >
              <span
                className={`feature-button__swatch line-${feature.role}-${feature.status}`}
                aria-hidden="true"
              />
              <span className="feature-button__name">{feature.name[lang]}</span>
              {dimmed && <span className="feature-button__notes">{t("energy.notBuilt")}</span>}
            </button>
          </li>
        ))}
      </ul>
      <details className="feature-list__places-box" open={places.some((p) => p.selected)}>
        <summary className="feature-list__heading">
          {t("energy.placesCount", { count: formatNumber(layers.places.length) })}
        </summary>
        <label className="feature-list__filter">
          <span className="visually-hidden">{t("energy.findPlace")}</span>
          <input
            type="search"
            placeholder={t("energy.findPlace")}
            value={placeQuery}
            onChange={(e) => setPlaceQuery(e.target.value)}
          />
        </label>
        <ul className="feature-list__places">
          {places.map(({ place, dimmed, highlighted, inView, selected: isSelected }) => (
            <li key={place.id}>
              <button
                type="button"
                className="feature-button feature-button--place"
                data-feature-id={place.id}
                data-dimmed={dimmed || undefined}
                data-highlighted={highlighted || undefined}
                aria-pressed={isSelected}
                disabled={inView === 0 && !isSelected}
                onClick={() => toggle(place.id)}
                {...hover(place.id)}
              >
                <span className="feature-button__name">{place.name[lang]}</span>
                <span className="feature-button__notes">
                  {inView === 0
                    ? t("energy.placeNoneInView")
                    : t("energy.placeInView", { count: formatNumber(inView) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
});
