import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { CATEGORIES, LANGS, type Milestone } from "@/data/schemas";
import { readLink, serializeViewState, URL_VERSION } from "./url-state";
import {
  SHARED_KEYS,
  SharedViewSchema,
  StoryViewSchema,
  sharedViewFromStory,
  storyViewOf,
  VIEW_FIELDS,
  type ViewField,
} from "./view-codec";
import { DEFAULT_VIEW, PANELS, THEMES, type ViewState, YEAR_MAX, YEAR_MIN } from "./view-state";

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** Every value each field can hold other than its default. */
const VALUES: { [K in keyof ViewState]: fc.Arbitrary<NonNullable<ViewState[K]>> } = {
  from: fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
  to: fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
  cat: fc.subarray([...CATEGORIES], { minLength: 1 }),
  src: fc.uniqueArray(id, { minLength: 1, maxLength: 32 }).map((ids) => ids.sort()),
  m: id,
  f: id,
  q: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((q) => q === q.trim() && q !== ""),
  lang: fc.constantFrom(...LANGS),
  theme: fc.constantFrom(...THEMES.filter((t) => t !== DEFAULT_VIEW.theme)),
  embed: fc.constantFrom(...PANELS),
  group: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  present: fc.constant(true),
  story: id,
  deck: fc.stringMatching(/^\d{1,3}\.[A-Za-z0-9_-]{1,60}$/),
  step: fc.integer({ min: 1, max: 99 }),
};

describe("the view codec", () => {
  for (const key of Object.keys(VIEW_FIELDS) as (keyof ViewState)[]) {
    it(`writes and reads back every value of ${key}, and its JSON schema accepts it`, () => {
      const field = VIEW_FIELDS[key] as ViewField<unknown>;
      fc.assert(
        fc.property(VALUES[key] as fc.Arbitrary<NonNullable<unknown>>, (value) => {
          expect(field.parse(field.serialize(value))).toEqual(value);
          expect(field.schema.safeParse(value).success).toBe(true);
        }),
        { numRuns: 500 },
      );
    });
  }

  it("names each URL parameter once", () => {
    const params = Object.values(VIEW_FIELDS).map((field) => field.param);
    expect(new Set(params).size).toBe(params.length);
    expect(params).not.toContain("v");
    expect(params).not.toContain("dv");
  });

  it("gives embeds and story steps the same fields and values as a link", () => {
    expect(Object.keys(SharedViewSchema.shape)).toEqual([...SHARED_KEYS]);
    expect(Object.keys(StoryViewSchema.shape)).toEqual([...SHARED_KEYS]);
    expect(
      SharedViewSchema.safeParse({ from: 1990, to: null, cat: [], src: [], m: null, f: null, q: "" }).success,
    ).toBe(false);
    expect(StoryViewSchema.safeParse({ from: 1990 }).success).toBe(false);
    const view = {
      from: 2006,
      to: 2016,
      cat: ["energy" as const],
      src: [],
      m: "btc-inauguration",
      f: null,
      q: "",
    };
    expect(storyViewOf(view)).toEqual({ from: 2006, to: 2016, cat: ["energy"], m: "btc-inauguration" });
    expect(sharedViewFromStory(storyViewOf(view))).toEqual(view);
    expect(sharedViewFromStory({ cat: ["security", "diplomacy"], to: 2006, from: 2016 })).toMatchObject({
      from: 2006,
      to: 2016,
      cat: ["diplomacy", "security"],
    });
  });
});

const { milestones } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/milestones.json"), "utf8"),
) as {
  milestones: Milestone[];
};

/** Links earlier releases wrote, and the view each must still open. */
const OLD_LINKS: { link: string; written: string; view: Partial<ViewState> }[] = [
  {
    link: "?from=2022&to=2022&cat=trade&m=azerbaijan-grain-exports-israel-2022&v=1",
    written:
      "first release (November 2026): a fact INSS leaves undated, then given the id of its paper's year",
    view: { from: 2022, to: 2022, cat: ["trade"], m: "azerbaijan-grain-exports-israel" },
  },
  {
    link: "?m=azerbaijan-resists-gaza-pressure-2024&lang=ar&v=1",
    written: "first release: the same for a fact Tasnim leaves undated",
    view: { m: "azerbaijan-resists-gaza-pressure", lang: "ar" },
  },
  {
    link: "?embed=trade&from=2006&to=2016&group=iceberg&v=1",
    written: "first release's README: an embed snippet",
    view: { embed: "trade", from: 2006, to: 2016, group: "iceberg" },
  },
  {
    link: "?from=2006&to=2016&cat=energy&m=btc-inauguration&v=1",
    written: "every version-1 permalink",
    view: { from: 2006, to: 2016, cat: ["energy"], m: "btc-inauguration" },
  },
  {
    link: "?present=1&story=oil-for-arms",
    written: "the README's hand-written presenter link, with no version",
    view: { present: true, story: "oil-for-arms", step: 1 },
  },
];

describe("links from earlier releases", () => {
  for (const { link, written, view } of OLD_LINKS) {
    it(`opens ${link} (${written})`, () => {
      const reading = readLink(link);
      expect(reading.fromNewerVersion).toBe(false);
      expect(reading.view).toEqual({ ...DEFAULT_VIEW, ...view });
      if (view.m) expect(milestones.map((m) => m.id)).toContain(view.m);
      expect(serializeViewState(reading.view)).toContain(`v=${URL_VERSION}`);
    });
  }

  it("leaves today's ids alone in a version-1 link", () => {
    expect(readLink("?m=azerbaijan-grain-exports-israel&v=1").view.m).toBe("azerbaijan-grain-exports-israel");
  });
});

describe("a link from a newer version", () => {
  it("is not read as today's: the default view, and the reader is told", () => {
    for (const v of [URL_VERSION + 1, 99, "12345678901234567890"]) {
      const reading = readLink(`?from=2006&cat=energy&m=btc-inauguration&v=${v}`);
      expect(reading).toEqual({ view: DEFAULT_VIEW, fromNewerVersion: true });
    }
  });

  it("is told apart from a version that cannot be read, which is dropped like any bad value", () => {
    expect(readLink("?from=2006&v=abc")).toEqual({
      view: { ...DEFAULT_VIEW, from: 2006 },
      fromNewerVersion: false,
    });
  });
});
