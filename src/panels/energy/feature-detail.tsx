import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { ExternalSource } from "@/data/schemas";
import { useI18n } from "@/i18n/i18n";

const sourceText = (source: ExternalSource) =>
  [source.publisher, source.title, source.date].filter(Boolean).join(", ");

/** What the data says about the selected line: the facts a reader asks of a pipeline, each with its source. */
export function FeatureDetail({
  feature,
  places,
  onClose,
}: {
  feature: EnergyFeature;
  places: readonly Place[];
  onClose: () => void;
}) {
  const { t, lang, formatNumber, formatYear } = useI18n();
  const route = feature.places
    .map((id) => places.find((p) => p.id === id)?.name[lang])
    .filter((name): name is string => name !== undefined);
  const facts: [string, string, ExternalSource[]][] = [];
  if (feature.opened !== undefined) facts.push([t("energy.detailOpened"), formatYear(feature.opened), []]);
  if (feature.lengthKm)
    facts.push([
      t("energy.detailLength"),
      `${formatNumber(feature.lengthKm.value)} km`,
      feature.lengthKm.external,
    ]);
  if (feature.capacity)
    facts.push([
      t("energy.detailCapacity"),
      `${formatNumber(feature.capacity.value)} ${feature.capacity.unit}`,
      feature.capacity.external,
    ]);

  return (
    <article className="feature-detail" aria-label={t("energy.detailLabel", { name: feature.name[lang] })}>
      <header className="feature-detail__header">
        <h3 className="feature-detail__title">{feature.name[lang]}</h3>
        <button type="button" className="button button--quiet" data-export-exclude onClick={onClose}>
          {t("milestones.close")}
        </button>
      </header>
      <p className="feature-detail__kind">
        {[
          t(`energy.${feature.commodity}`),
          t(feature.role === "flow" ? "energy.flow" : "energy.context"),
          feature.status === "schematic" && t("energy.schematic"),
          feature.status === "unconfirmed" && t("energy.unconfirmed"),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {facts.length > 0 && (
        <dl className="feature-detail__facts">
          {facts.map(([term, value, sources]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                {value}
                {sources.map((s) => (
                  <span key={sourceText(s)} className="feature-detail__source">
                    {sourceText(s)}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {route.length > 0 && (
        <p className="feature-detail__route">
          <strong>{t("energy.detailRoute")}</strong> {route.join(" → ")}
        </p>
      )}
      {feature.note && <p className="feature-detail__note">{feature.note[lang]}</p>}
      <p className="feature-detail__source">
        {t("energy.detailSource")}{" "}
        {feature.source.url ? (
          <a href={feature.source.url}>{sourceText(feature.source)}</a>
        ) : (
          sourceText(feature.source)
        )}
      </p>
    </article>
  );
}
