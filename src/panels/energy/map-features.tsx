import { memo, useMemo } from "react";
import { CircleMarker, Marker, Polyline, Tooltip } from "react-leaflet";
import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { Lang } from "@/data/vocabulary";
import { flowArrows } from "./flow-arrows";
import { lineClassName, lineWeight } from "./line-style";
import { arrowIcon, placeLabel } from "./map-icons";

/**
 * The map's lines, arrows and places, one memoised component each. react-leaflet re-projects a
 * path whose positions array is new and rebinds handlers that are a new object, so each keeps
 * both by identity and takes its state as flags: a selection re-renders only the layers whose
 * state it changed.
 */

interface LayerState {
  dimmed: boolean;
  highlighted: boolean;
  selected: boolean;
}

/** What a reader can do to the map's lines and places; a map without them is a picture (slides). */
export interface FeatureActions {
  /** Selects the feature, or clears the selection when it is already selected. */
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}

function useHoverEvents(id: string, actions: FeatureActions | undefined, selectable = true) {
  return useMemo(
    () => ({
      click: () => selectable && actions?.onToggle(id),
      mouseover: () => actions?.onHover(id),
      mouseout: () => actions?.onHover(null),
    }),
    [id, actions, selectable],
  );
}

export const FeatureLine = memo(function FeatureLine({
  feature,
  dimmed,
  highlighted,
  selected,
  lang,
  actions,
}: LayerState & {
  feature: EnergyFeature;
  lang: Lang;
  actions?: FeatureActions;
}) {
  const positions = useMemo(
    () => feature.coordinates.map(([lon, lat]) => [lat, lon] as [number, number]),
    [feature.coordinates],
  );
  const events = useHoverEvents(feature.id, actions);
  return (
    <Polyline
      positions={positions}
      className={lineClassName(feature, { dimmed, highlighted, selected })}
      weight={lineWeight(feature)}
      eventHandlers={events}
    >
      <Tooltip sticky>{feature.name[lang]}</Tooltip>
    </Polyline>
  );
});

export const FlowArrows = memo(function FlowArrows({
  feature,
  dimmed,
}: {
  feature: EnergyFeature;
  dimmed: boolean;
}) {
  const arrows = useMemo(() => flowArrows(feature.coordinates), [feature.coordinates]);
  return arrows.map((arrow) => (
    <Marker
      key={`${arrow.lon}-${arrow.lat}`}
      position={[arrow.lat, arrow.lon]}
      icon={arrowIcon(arrow.angle, `flow-arrow--${feature.commodity}${dimmed ? " is-dimmed" : ""}`)}
      interactive={false}
      keyboard={false}
    />
  ));
});

export const PlaceDot = memo(function PlaceDot({
  place,
  dimmed,
  highlighted,
  selected,
  selectable,
  lang,
  actions,
}: LayerState & {
  place: Place;
  /** A place with no milestone in the view cannot be selected: it would empty the list. */
  selectable: boolean;
  lang: Lang;
  actions?: FeatureActions;
}) {
  const center = useMemo(
    () => [place.coordinates[1], place.coordinates[0]] as [number, number],
    [place.coordinates],
  );
  const events = useHoverEvents(place.id, actions, selectable);
  return (
    <>
      <CircleMarker
        center={center}
        radius={highlighted || selected ? 7 : 4.5}
        className={["place-dot", dimmed && "is-dimmed", (highlighted || selected) && "is-highlighted"]
          .filter(Boolean)
          .join(" ")}
        eventHandlers={events}
      >
        <Tooltip direction="top">{place.name[lang]}</Tooltip>
      </CircleMarker>
      {(highlighted || selected) && (
        <Marker position={center} icon={placeLabel(place.name[lang])} interactive={false} keyboard={false} />
      )}
    </>
  );
});
