import "./leaflet-vendor.css";
import "./energy-map.css";
import type { FeatureCollection } from "geojson";
import { type LatLngBoundsExpression, latLngBounds, type PathOptions } from "leaflet";
import { memo, useEffect, useRef } from "react";
import { GeoJSON, MapContainer, useMap } from "react-leaflet";
import { useI18n } from "@/i18n/i18n";
import { useOneAtATime } from "@/lib/use-one-at-a-time";
import basemap from "./basemap.json";
import type { EnergyLayers } from "./energy-layers";
import { type FeatureActions, FeatureLine, FlowArrows, PlaceDot } from "./map-features";

const REGION: LatLngBoundsExpression = [
  [29.2, 33.8],
  [42.4, 50.2],
];
const REGION_PADDING: [number, number] = [12, 12];
const MIN_ZOOM = 4;
const MAX_ZOOM = 9;
const MAX_BOUNDS: LatLngBoundsExpression = [
  [21, 19],
  [49, 61],
];
const COUNTRY_STYLE: PathOptions = { className: "basemap-country", weight: 0.6 };

const prefersReducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

function FlyToFocus({ focus, focusKey }: Pick<EnergyLayers, "focus" | "focusKey">) {
  const map = useMap();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fly once per selected milestone, not per re-derivation
  useEffect(() => {
    // On paper the map shows the whole region (FitForPrint); a fly begun now would end off the page.
    if (!focus || window.matchMedia("print").matches) return;
    const bounds = latLngBounds(focus).pad(0.3);
    if (prefersReducedMotion()) map.fitBounds(bounds, { maxZoom: 7 });
    else map.flyToBounds(bounds, { maxZoom: 7, duration: 0.8 });
  }, [focusKey, map]);
  return null;
}

/**
 * The container settles its size after the map is made: keep the whole region (or the frame a
 * slide asks for) in view until the user moves the map.
 */
function KeepRegionInView({ frame }: { frame: [number, number][] | null }) {
  const map = useMap();
  const frameKey = frame ? JSON.stringify(frame) : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: frameKey stands for frame's contents
  useEffect(() => {
    let userMoved = false;
    const onMove = () => {
      userMoved = true;
    };
    const fitView = () =>
      frame
        ? map.fitBounds(latLngBounds(frame).pad(0.25), {
            animate: false,
            maxZoom: 7,
            padding: REGION_PADDING,
          })
        : map.fitBounds(REGION, { animate: false, padding: REGION_PADDING });
    map.on("dragstart zoomstart", onMove);
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
      if (userMoved) return;
      fitView();
      userMoved = false; // that zoom was ours, not the user's
    });
    observer.observe(map.getContainer());
    fitView();
    userMoved = false;
    return () => {
      observer.disconnect();
      map.off("dragstart zoomstart", onMove);
    };
  }, [map, frameKey]);
  return null;
}

/** Print size of the map: fits A4 and Letter, portrait or landscape, inside the page margins. */
const PRINT_SIZE = { width: 660, height: 470 };

/**
 * Leaflet draws for the size it last measured: before printing, give the map a page-sized box and
 * redraw it there (the print layout sees it), then give the screen its map back.
 */
function FitForPrint({ frame, now }: { frame: [number, number][] | null; now: boolean }) {
  const map = useMap();
  const printingAtMount = useRef(now);
  useEffect(() => {
    const container = map.getContainer();
    const fitView = () =>
      frame
        ? map.fitBounds(latLngBounds(frame).pad(0.25), { animate: false, maxZoom: 7 })
        : map.fitBounds(REGION, { animate: false, padding: REGION_PADDING });
    const before = () => {
      // An unanimated fit also ends a fly that is under way. map.stop() would not do: mid-fly it starts
      // an animated zoom that blocks this fit and, when it ends, moves the map back to the fly's frame.
      container.style.width = `${PRINT_SIZE.width}px`;
      container.style.height = `${PRINT_SIZE.height}px`;
      // The fit below sets the view. An immediate moveend would first have Leaflet pan the old view
      // back inside MAX_BOUNDS, animated, and that pan would then carry the fitted view off the page.
      map.invalidateSize({ pan: false, debounceMoveend: true });
      fitView();
    };
    const after = () => {
      container.style.width = "";
      container.style.height = "";
      map.invalidateSize({ pan: false });
      fitView();
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    // Mounted by this print's own beforeprint event, which reaches no listener added during it.
    if (printingAtMount.current) before();
    printingAtMount.current = false;
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [map, frame]);
  return null;
}

/** Memoised: Leaflet redraws only when the layers, the frame or the selection change. */
export default memo(function EnergyMap({
  layers,
  frame = null,
  actions,
  fitForPrintNow = false,
}: {
  layers: EnergyLayers;
  /** Points to keep framed instead of the whole region (presenter slides). */
  frame?: [number, number][] | null;
  actions?: FeatureActions;
  /** Mounted while a print is being prepared: lay out for paper at once. */
  fitForPrintNow?: boolean;
}) {
  const { t, lang } = useI18n();
  // The map and its base layer mount in one task, the lines and places in the next; a print being
  // prepared needs them all in this very render.
  const withFeatures = useOneAtATime(2) === 2 || fitForPrintNow;
  return (
    <figure className="energy-map" dir="ltr" aria-label={t("energy.mapLabel")}>
      <MapContainer
        bounds={REGION}
        boundsOptions={{ padding: REGION_PADDING }}
        maxBounds={MAX_BOUNDS}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        zoomSnap={0.25}
        scrollWheelZoom={false}
        attributionControl={false}
        className="energy-map__canvas"
      >
        <GeoJSON data={basemap as FeatureCollection} style={COUNTRY_STYLE} interactive={false} />
        {withFeatures && (
          <>
            {layers.features.map(({ feature, dimmed, highlighted, selected }) => (
              // Leaflet reads className only when a path is created, so a new state makes a new path.
              <FeatureLine
                key={`${feature.id}-${dimmed}-${highlighted}-${selected}`}
                feature={feature}
                dimmed={dimmed}
                highlighted={highlighted}
                selected={selected}
                lang={lang}
                actions={actions}
              />
            ))}
            {layers.features
              .filter(({ feature }) => feature.role === "flow")
              .map(({ feature, dimmed }) => (
                <FlowArrows key={feature.id} feature={feature} dimmed={dimmed} />
              ))}
            {layers.places.map(({ place, dimmed, highlighted, selected, inView }) => (
              <PlaceDot
                key={`${place.id}-${dimmed}-${highlighted}-${selected}`}
                place={place}
                dimmed={dimmed}
                highlighted={highlighted}
                selected={selected}
                selectable={inView > 0 || selected}
                lang={lang}
                actions={actions}
              />
            ))}
          </>
        )}
        <KeepRegionInView frame={frame} />
        <FitForPrint frame={frame} now={fitForPrintNow} />
        {!frame && <FlyToFocus focus={layers.focus} focusKey={layers.focusKey} />}
      </MapContainer>
    </figure>
  );
});
