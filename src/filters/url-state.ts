import { linkVersion, migrate, URL_VERSION } from "./url-migrations";
import { isDefault, normalizeView, VIEW_FIELDS, VIEW_KEYS, type ViewField } from "./view-codec";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

export { URL_VERSION } from "./url-migrations";
export { normalizeQuery } from "./view-codec";

const VERSION_PARAM = "v";
/** A pinned embed's data version: not part of the view, carried beside it when well-formed. */
const DATA_VERSION_PARAM = "dv";
const DATA_VERSION = /^[0-9a-f]{8}$/;

export interface LinkReading {
  view: ViewState;
  /** The link was written by a newer Iceberg than this one: it is not read, and the default view shown. */
  fromNewerVersion: boolean;
}

/** Never throws: anything it does not understand is dropped. */
export function readLink(search: string): LinkReading {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view: { ...DEFAULT_VIEW }, fromNewerVersion: false };
  }
  const version = linkVersion(params.get(VERSION_PARAM));
  if (version > URL_VERSION) return { view: { ...DEFAULT_VIEW }, fromNewerVersion: true };
  params = migrate(params, version);
  const view: Record<string, unknown> = {};
  for (const key of VIEW_KEYS) {
    const text = params.get(VIEW_FIELDS[key].param);
    view[key] = text === null ? DEFAULT_VIEW[key] : (VIEW_FIELDS[key] as ViewField<unknown>).parse(text);
  }
  return { view: normalizeView(view as unknown as ViewState), fromNewerVersion: false };
}

export const parseViewState = (search: string): ViewState => readLink(search).view;

/** The data version a pinned embed's link carries, if well-formed. */
export function pinnedDataVersion(search: string): string | null {
  const value = new URLSearchParams(search).get(DATA_VERSION_PARAM);
  return value !== null && DATA_VERSION.test(value) ? value : null;
}

/** The canonical query string for a view: defaults are left out, order is fixed. */
export function serializeViewState(view: ViewState, options: { dataVersion?: string | null } = {}): string {
  const params = new URLSearchParams();
  const clean = normalizeView(view);
  for (const key of VIEW_KEYS) {
    const value = clean[key];
    const field = VIEW_FIELDS[key] as ViewField<unknown>;
    if (value !== null && !isDefault(key, value)) params.set(field.param, field.serialize(value));
  }
  if (options.dataVersion && DATA_VERSION.test(options.dataVersion))
    params.set(DATA_VERSION_PARAM, options.dataVersion);
  if ([...params.keys()].length) params.set(VERSION_PARAM, String(URL_VERSION));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** A view as a link would carry it: known values, fixed order (what a host page's view goes through). */
export const cleanView = (view: ViewState): ViewState => parseViewState(serializeViewState(view));

/** The site's own address, wherever it is hosted (sub-paths included). */
export function siteBase(href: string): string {
  const url = new URL(href);
  url.search = "";
  url.hash = "";
  return url.href;
}

/** The one way to write a link to a view: the site's address and the view's canonical query. */
export function viewLink(
  base: string,
  view: ViewState,
  options: { dataVersion?: string | null } = {},
): string {
  return `${base}${serializeViewState(view, options)}`;
}

/** The full dashboard at this view, whether it is looked at in an embed or the dashboard itself. */
export const permalink = (base: string, view: ViewState): string =>
  viewLink(base, { ...view, embed: null, group: null });
