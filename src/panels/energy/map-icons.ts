import { type DivIcon, divIcon } from "leaflet";
import { escapeHtml } from "@/lib/escape-html";

/**
 * Icons made once per look and kept: react-leaflet rebuilds a marker's DOM whenever its icon is a new
 * object, so a fresh icon per render would redraw every arrow and label on each click.
 */
const icons = new Map<string, DivIcon>();
const cachedIcon = (key: string, make: () => DivIcon) => {
  let icon = icons.get(key);
  if (!icon) {
    icon = make();
    icons.set(key, icon);
  }
  return icon;
};

/** A standing label for a highlighted place: plain HTML, so it is never an empty tooltip while the map redraws. */
export const placeLabel = (name: string) =>
  cachedIcon(`label:${name}`, () =>
    divIcon({
      className: "place-label",
      html: `<span>${escapeHtml(name)}</span>`,
      iconSize: undefined,
      iconAnchor: [0, 24],
    }),
  );

export const arrowIcon = (angle: number, extra: string) => {
  const degrees = angle.toFixed(0);
  return cachedIcon(`arrow:${degrees}:${extra}`, () =>
    divIcon({
      className: `flow-arrow ${extra}`,
      // An SVG transform attribute, not an inline style: the CSP (style-src 'self') drops inline styles.
      html: `<svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><path transform="rotate(${degrees})" d="M-6,-5 L6,0 L-6,5 L-3,0 Z" fill="currentColor"/></svg>`,
      iconSize: [16, 16],
    }),
  );
};
