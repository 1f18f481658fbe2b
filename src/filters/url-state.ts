import { CATEGORIES, type Category, LANGS, type Lang } from "../data/schemas";
import {
  DEFAULT_VIEW,
  PANELS,
  type PanelId,
  THEMES,
  type Theme,
  type ViewState,
  YEAR_MAX,
  YEAR_MIN,
} from "./view-state";

export const URL_VERSION = 1;

export const URL_PARAMS = {
  from: "from",
  to: "to",
  cat: "cat",
  src: "src",
  m: "m",
  f: "f",
  q: "q",
  lang: "lang",
  theme: "theme",
  embed: "embed",
  group: "group",
  present: "present",
  story: "story",
  deck: "deck",
  step: "step",
  version: "v",
} as const;

/** Parameters other features own (a pinned embed's data version): kept when well-formed. */
const KEPT_PARAMS: Record<string, RegExp> = {
  dv: /^[0-9a-f]{8}$/,
};
const MAX_STEP = 99;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GROUP = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_QUERY = 200;
/** More than any real list (6 categories, 5 documents) and few enough to cost nothing. */
const MAX_LIST_ITEMS = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Search text as the URL can carry it: well-formed (a link cannot hold half a surrogate pair),
 * at most MAX_QUERY code units without splitting a pair, and trimmed after the cut, so that
 * reading the link back gives the same text.
 */
export function normalizeQuery(text: string): string {
  let q = text.replace(LONE_SURROGATE, "\uFFFD").trim();
  if (q.length > MAX_QUERY) {
    q = q.slice(0, MAX_QUERY);
    if (/[\uD800-\uDBFF]$/.test(q)) q = q.slice(0, -1);
    q = q.trim();
  }
  return q;
}

type Migration = (params: URLSearchParams) => URLSearchParams;

/** migrations[n] turns a version-n URL into version n+1. Version 0 is a link with no `v`. */
const MIGRATIONS: Record<number, Migration> = {
  0: (params) => params,
};

function migrate(params: URLSearchParams): URLSearchParams {
  const raw = Number(params.get(URL_PARAMS.version) ?? 0);
  let version = Number.isInteger(raw) && raw >= 0 && raw <= URL_VERSION ? raw : URL_VERSION;
  let current = params;
  while (version < URL_VERSION) {
    const step = MIGRATIONS[version];
    if (step) current = step(current);
    version += 1;
  }
  return current;
}

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

function parseList<T extends string>(value: string | null, allowed: (v: string) => v is T): T[] {
  if (!value) return [];
  const seen = new Set<T>();
  for (const part of value.split(",", MAX_LIST_ITEMS * 4)) {
    const item = part.trim();
    if (allowed(item)) seen.add(item);
    if (seen.size === MAX_LIST_ITEMS) break;
  }
  return [...seen];
}

const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);
const isId = (v: string): v is string => ID.test(v) && v.length <= 80;
const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);
const isTheme = (v: string): v is Theme => (THEMES as readonly string[]).includes(v);
const isPanel = (v: string): v is PanelId => (PANELS as readonly string[]).includes(v);

function pick<T extends string>(value: string | null, allowed: (v: string) => v is T): T | null {
  return value !== null && allowed(value) ? value : null;
}

/** A deck's shape only; the presenter decodes it and refuses, with a message, what its schema does not accept. */
const DECK = /^\d{1,3}\.[A-Za-z0-9_-]+$/;

function parsePresenter(params: URLSearchParams): Pick<ViewState, "present" | "story" | "deck" | "step"> {
  const story = pick(params.get(URL_PARAMS.story), isId);
  const deck = pick(params.get(URL_PARAMS.deck), (v): v is string => DECK.test(v));
  if (params.get(URL_PARAMS.present) !== "1" || !(story || deck))
    return { present: false, story: null, deck: null, step: null };
  const raw = params.get(URL_PARAMS.step) ?? "1";
  const step = /^\d{1,2}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_STEP ? Number(raw) : 1;
  return deck ? { present: true, story: null, deck, step } : { present: true, story, deck: null, step };
}

/** Never throws: anything it does not understand is dropped. */
export function parseViewState(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = migrate(new URLSearchParams(search));
  } catch {
    return { ...DEFAULT_VIEW };
  }
  let from = parseYear(params.get(URL_PARAMS.from));
  let to = parseYear(params.get(URL_PARAMS.to));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const q = normalizeQuery(params.get(URL_PARAMS.q) ?? "");
  return {
    from,
    to,
    cat: CATEGORIES.filter((c) => parseList(params.get(URL_PARAMS.cat), isCategory).includes(c)),
    src: parseList(params.get(URL_PARAMS.src), isId).sort(),
    m: pick(params.get(URL_PARAMS.m), isId),
    f: pick(params.get(URL_PARAMS.f), isId),
    q,
    lang: pick(params.get(URL_PARAMS.lang), isLang),
    theme: pick(params.get(URL_PARAMS.theme), isTheme) ?? DEFAULT_VIEW.theme,
    embed: pick(params.get(URL_PARAMS.embed), isPanel),
    group: pick(params.get(URL_PARAMS.group), (v): v is string => GROUP.test(v)),
    ...parsePresenter(params),
  };
}

/** The canonical query string for a view: defaults are left out, order is fixed. */
export function serializeViewState(view: ViewState, keep?: URLSearchParams): string {
  const params = new URLSearchParams();
  if (view.from !== null) params.set(URL_PARAMS.from, String(view.from));
  if (view.to !== null) params.set(URL_PARAMS.to, String(view.to));
  if (view.cat.length) params.set(URL_PARAMS.cat, view.cat.join(","));
  if (view.src.length) params.set(URL_PARAMS.src, view.src.join(","));
  if (view.m) params.set(URL_PARAMS.m, view.m);
  if (view.f) params.set(URL_PARAMS.f, view.f);
  if (view.q) params.set(URL_PARAMS.q, view.q);
  if (view.lang) params.set(URL_PARAMS.lang, view.lang);
  if (view.theme !== DEFAULT_VIEW.theme) params.set(URL_PARAMS.theme, view.theme);
  if (view.embed) params.set(URL_PARAMS.embed, view.embed);
  if (view.group) params.set(URL_PARAMS.group, view.group);
  if (view.present && (view.story || view.deck)) {
    params.set(URL_PARAMS.present, "1");
    if (view.deck) params.set(URL_PARAMS.deck, view.deck);
    else if (view.story) params.set(URL_PARAMS.story, view.story);
    params.set(URL_PARAMS.step, String(view.step ?? 1));
  }
  if (keep) {
    for (const [name, pattern] of Object.entries(KEPT_PARAMS)) {
      const value = keep.get(name);
      if (value !== null && pattern.test(value)) params.set(name, value);
    }
  }
  if ([...params.keys()].length) params.set(URL_PARAMS.version, String(URL_VERSION));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
