import fc from "fast-check";
import { CATEGORIES, LANGS } from "@/data/schemas";
import { normalizeQuery, parseViewState, serializeViewState } from "./url-state";
import { DEFAULT_VIEW, PANELS, THEMES, type ViewState, YEAR_MAX, YEAR_MIN } from "./view-state";

/** Each property is tried this many times in CI: 100 (fast-check's default) missed real bugs. */
const RUNS = { numRuns: 10_000 };

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** Any text a user might search for: every plane of Unicode, half pairs, whitespace at the edges, past the cap. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc
    .tuple(
      fc.string({ unit: "grapheme-ascii", minLength: 195, maxLength: 205 }),
      fc.constantFrom(" ", "\t", "😀", "\uD83D", "\u3000"),
    )
    .map(([text, tail]) => text + tail + text),
);

/** Parameter values that must be dropped: wrong shape, wrong case, out of range, markup. */
const junk = fc.oneof(
  fc.string({ maxLength: 12 }).filter((s) => !/^[a-z0-9-]+$/.test(s)),
  fc.constantFrom("+2006", "20O6", "Bad Id", "<script>", "__proto__", "-a", "a--b", "ENERGY", ""),
);

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    a: fc.option(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), { nil: null }),
    b: fc.option(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), { nil: null }),
    cat: fc.subarray([...CATEGORIES]),
    src: fc.uniqueArray(id, { maxLength: 4 }),
    m: fc.option(id, { nil: null }),
    f: fc.option(id, { nil: null }),
    q: anyText.map(normalizeQuery),
    lang: fc.option(fc.constantFrom(...LANGS), { nil: null }),
    theme: fc.constantFrom(...THEMES),
    embed: fc.option(fc.constantFrom(...PANELS), { nil: null }),
    group: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { nil: null }),
    presenting: fc.option(
      fc.record({
        story: id,
        deck: fc.option(fc.stringMatching(/^1\.[A-Za-z0-9_-]{1,40}$/), { nil: null }),
        step: fc.integer({ min: 1, max: 99 }),
      }),
      { nil: null },
    ),
  })
  .map(({ a, b, src, presenting, ...rest }) => ({
    ...rest,
    present: presenting !== null,
    story: presenting && !presenting.deck ? presenting.story : null,
    deck: presenting?.deck ?? null,
    step: presenting?.step ?? null,
    from: a !== null && b !== null ? Math.min(a, b) : a,
    to: a !== null && b !== null ? Math.max(a, b) : b,
    src: [...src].sort(),
  }));

describe("the URL as the state", () => {
  it("never throws and never touches a prototype, whatever the query string", () => {
    const polluting = fc.constantFrom("__proto__", "constructor", "prototype", "__proto__[x]", "toString");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        parseViewState(s);
        parseViewState(`?${s}`);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                "from",
                "to",
                "cat",
                "src",
                "m",
                "f",
                "q",
                "lang",
                "theme",
                "v",
                "step",
                "present",
              ),
              polluting,
            ),
            fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), polluting),
          ),
          { maxLength: 12 },
        ),
        (pairs) => {
          const view = parseViewState(new URLSearchParams(pairs).toString());
          expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
          expect(Object.keys(view).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
          expect(({} as Record<string, unknown>).x).toBeUndefined();
          expect(Object.hasOwn(Object.prototype, "x")).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("restores exactly the view it was made from", () => {
    fc.assert(
      fc.property(viewState, (view) => {
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      RUNS,
    );
  });

  it("writes back a link it read in the same form every time after the first", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("from", "to", "cat", "src", "m", "f", "q", "lang", "theme", "embed", "group", "v"),
          fc.oneof(anyText, id, junk, fc.integer({ min: 1000, max: 3000 }).map(String)),
        ),
        (params) => {
          const once = serializeViewState(parseViewState(new URLSearchParams(params).toString()));
          expect(serializeViewState(parseViewState(once))).toBe(once);
        },
      ),
      RUNS,
    );
  });

  it("keeps every valid value and drops every invalid one, parameter by parameter", () => {
    const valid = fc.record({
      from: fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
      cat: fc.constantFrom(...CATEGORIES),
      m: id,
      lang: fc.constantFrom(...LANGS),
      theme: fc.constantFrom(...THEMES),
      embed: fc.constantFrom(...PANELS),
    });
    const choices = fc.record({
      from: fc.boolean(),
      cat: fc.boolean(),
      m: fc.boolean(),
      lang: fc.boolean(),
      theme: fc.boolean(),
      embed: fc.boolean(),
    });
    fc.assert(
      fc.property(valid, choices, junk, (good, keep, bad) => {
        const pick = (name: keyof typeof good) => (keep[name] ? String(good[name]) : bad);
        const view = parseViewState(
          new URLSearchParams(
            (["from", "cat", "m", "lang", "theme", "embed"] as const).map((name) => [name, pick(name)]),
          ).toString(),
        );
        expect(view.from).toBe(keep.from ? good.from : null);
        expect(view.cat).toEqual(keep.cat ? [good.cat] : []);
        expect(view.m).toBe(keep.m ? good.m : null);
        expect(view.lang).toBe(keep.lang ? good.lang : null);
        expect(view.theme).toBe(keep.theme ? good.theme : DEFAULT_VIEW.theme);
        expect(view.embed).toBe(keep.embed ? good.embed : null);
      }),
      RUNS,
    );
  });

  it("cuts a long search at the cap without keeping trailing space or half a character", () => {
    expect(normalizeQuery(`${"a".repeat(199)} b`)).toBe("a".repeat(199));
    expect(normalizeQuery(`${"a".repeat(199)}😀`)).toBe("a".repeat(199));
    expect(normalizeQuery("\uD83D embassy")).toBe("\uFFFD embassy");
    expect(parseViewState(`?q=${"a".repeat(199)}%20b`).q).toBe("a".repeat(199));
  });

  it("bounds the lists a link can carry", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `doc-${i}`);
    expect(parseViewState(`?src=${ids.join(",")}`).src.length).toBeLessThanOrEqual(32);
  });

  it("drops invalid values and keeps the rest of the view", () => {
    const view = parseViewState(
      "?from=1890&to=2016&cat=energy,bogus&lang=xx&theme=neon&m=Bad%20Id&f=btc&embed=chart",
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, to: 2016, cat: ["energy"], f: "btc" });
  });

  it("puts a reversed range the right way round", () => {
    expect(parseViewState("?from=2016&to=2006")).toMatchObject({ from: 2006, to: 2016 });
  });

  it("writes a short canonical link with the schema version", () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, from: 2006, to: 2016, cat: ["energy", "arms"] })).toBe(
      "?from=2006&to=2016&cat=energy,arms&v=2",
    );
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
  });

  it("keeps a pinned embed's data version, and drops a malformed one", () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, embed: "trade" }, { dataVersion: "0a1b2c3d" })).toBe(
      "?embed=trade&dv=0a1b2c3d&v=2",
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, embed: "trade" }, { dataVersion: "<script>" })).toBe(
      "?embed=trade&v=2",
    );
  });

  it("reads presenter mode only with a story, starting at step 1", () => {
    expect(parseViewState("?present=1&story=oil-for-arms&step=3")).toMatchObject({
      present: true,
      story: "oil-for-arms",
      step: 3,
    });
    expect(parseViewState("?present=1&story=oil-for-arms&step=zero")).toMatchObject({ step: 1 });
    expect(parseViewState("?present=1")).toMatchObject({ present: false, story: null, step: null });
  });

  it("reads a link with no version as version 0 and migrates it", () => {
    expect(parseViewState("?from=2006&cat=arms")).toMatchObject({ from: 2006, cat: ["arms"] });
  });
});
