import * as z from "zod/mini";
import { CATEGORIES } from "../data/vocabulary";
import { CategorySchema, IdSchema, LangSchema } from "../data/vocabulary-schemas";
import { DEFAULT_VIEW, PANELS, THEMES, type ViewState, YEAR_MAX, YEAR_MIN } from "./view-state";

/** How one field of the view travels: its URL parameter, the values it may hold, and its text in a link. */
export interface ViewField<T> {
  param: string;
  /** A value other than "none", as JSON carries it (an embed's message, a story step). */
  schema: z.ZodMiniType<NonNullable<T>>;
  /** The field from a link's text: anything the schema refuses is dropped, leaving the default. */
  parse: (text: string) => T;
  serialize: (value: NonNullable<T>) => string;
}

export const MAX_QUERY = 200;
/** More than any real list (6 categories, 5 documents) and few enough to cost nothing. */
const MAX_LIST_ITEMS = 32;
const MAX_STEP = 99;

const Id = IdSchema.check(z.maxLength(80));
const Year = z.number().check(z.int(), z.gte(YEAR_MIN), z.lte(YEAR_MAX));

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

function valid<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

/** A single value that is absent (null) unless the link holds a valid one. */
function optional<T>(param: string, schema: z.ZodMiniType<T>, read: (text: string) => unknown = (t) => t) {
  const field: ViewField<T | null> = {
    param,
    schema: schema as z.ZodMiniType<NonNullable<T>>,
    parse: (text) => valid(schema, read(text)),
    serialize: String,
  };
  return field;
}

/** A comma-separated list: unknown items are dropped one by one, the rest kept once each, in a fixed order. */
function list<T extends string>(param: string, item: z.ZodMiniType<T>, order: (items: T[]) => T[]) {
  const field: ViewField<T[]> = {
    param,
    schema: z.array(item).check(z.maxLength(MAX_LIST_ITEMS)),
    parse: (text) => {
      const seen = new Set<T>();
      for (const part of text.split(",", MAX_LIST_ITEMS * 4)) {
        const value = valid(item, part.trim());
        if (value !== null) seen.add(value);
        if (seen.size === MAX_LIST_ITEMS) break;
      }
      return order([...seen]);
    },
    serialize: (items) => items.join(","),
  };
  return field;
}

const fourDigits = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : null);

/** Every field of the view, in the order a link writes them: the one place a parameter is named. */
export const VIEW_FIELDS: { [K in keyof ViewState]: ViewField<ViewState[K]> } = {
  from: optional("from", Year, fourDigits),
  to: optional("to", Year, fourDigits),
  cat: list("cat", CategorySchema, (items) => CATEGORIES.filter((c) => items.includes(c))),
  src: list("src", Id, (items) => items.sort()),
  m: optional("m", Id),
  f: optional("f", Id),
  q: {
    param: "q",
    schema: z.string().check(z.maxLength(MAX_QUERY)),
    parse: normalizeQuery,
    serialize: (q) => q,
  },
  lang: optional("lang", LangSchema),
  theme: {
    param: "theme",
    schema: z.enum(THEMES),
    parse: (text) => valid(z.enum(THEMES), text) ?? DEFAULT_VIEW.theme,
    serialize: (theme) => theme,
  },
  embed: optional("embed", z.enum(PANELS)),
  group: optional("group", z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
  present: { param: "present", schema: z.boolean(), parse: (text) => text === "1", serialize: () => "1" },
  story: optional("story", Id),
  // A deck's shape only; the presenter decodes it and refuses, with a message, what its schema does not accept.
  deck: optional("deck", z.string().check(z.regex(/^\d{1,3}\.[A-Za-z0-9_-]+$/))),
  step: optional("step", z.number().check(z.int(), z.gte(1), z.lte(MAX_STEP)), (t) =>
    /^\d{1,2}$/.test(t) ? Number(t) : null,
  ),
};

export const VIEW_KEYS = Object.keys(VIEW_FIELDS) as (keyof ViewState)[];

/** A field at its default is left out of links, messages and story steps. */
export function isDefault<K extends keyof ViewState>(key: K, value: ViewState[K]): boolean {
  return value === null || value === DEFAULT_VIEW[key] || (Array.isArray(value) && value.length === 0);
}

/** The rules between fields: a range the right way round; presenter mode only with a story or a deck. */
export function normalizeView(view: ViewState): ViewState {
  const { from, to } = view;
  const range = from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
  const presenter =
    view.present && (view.story || view.deck)
      ? view.deck
        ? { present: true, story: null, deck: view.deck, step: view.step ?? 1 }
        : { present: true, story: view.story, deck: null, step: view.step ?? 1 }
      : { present: false, story: null, deck: null, step: null };
  return { ...view, ...range, ...presenter };
}

/** The part of a view that embeds share with each other and a story step restores: filters and selections. */
export const SHARED_KEYS = ["from", "to", "cat", "src", "m", "f", "q"] as const satisfies (keyof ViewState)[];
type SharedKey = (typeof SHARED_KEYS)[number];
export type SharedView = Pick<ViewState, SharedKey>;
/** A story step's view: the shared fields, each left out when it is "none". */
export type StoryView = { [K in SharedKey]?: NonNullable<ViewState[K]> };

const shape = <S>(schemaOf: (key: SharedKey) => z.ZodMiniType) =>
  Object.fromEntries(SHARED_KEYS.map((key) => [key, schemaOf(key)])) as S;

/** What an embed sends and accepts as its view. */
export const SharedViewSchema = z.strictObject(
  shape<{ [K in SharedKey]: z.ZodMiniType<SharedView[K]> }>((key) =>
    DEFAULT_VIEW[key] === null ? z.nullable(VIEW_FIELDS[key].schema) : VIEW_FIELDS[key].schema,
  ),
);

/** A view a story step restores: the same fields and values as a link, all optional. */
export const StoryViewSchema = z.object(
  shape<{ [K in SharedKey]: z.ZodMiniOptional<z.ZodMiniType<NonNullable<ViewState[K]>>> }>((key) =>
    z.optional(VIEW_FIELDS[key].schema),
  ),
);

export function sharedViewOf(view: SharedView): SharedView {
  return Object.fromEntries(SHARED_KEYS.map((key) => [key, view[key]])) as SharedView;
}

/** What a story step keeps of a view: its filters and selections, without the ones at "none". */
export function storyViewOf(view: SharedView): StoryView {
  const step: Record<string, unknown> = {};
  for (const key of SHARED_KEYS) {
    const value = view[key];
    if (!isDefault(key, value)) step[key] = Array.isArray(value) ? [...value] : value;
  }
  return step as StoryView;
}

/** A story step's view in full, cleaned as a link would be (known values, fixed order). */
export function sharedViewFromStory(saved: StoryView = {}): SharedView {
  const view: Record<string, unknown> = {};
  for (const key of SHARED_KEYS) {
    const value = saved[key];
    const field = VIEW_FIELDS[key] as ViewField<unknown>;
    view[key] =
      value === undefined || value === null ? DEFAULT_VIEW[key] : field.parse(field.serialize(value));
  }
  const { from, to } = view as SharedView;
  return {
    ...(view as SharedView),
    ...(from !== null && to !== null && from > to ? { from: to, to: from } : {}),
  };
}
