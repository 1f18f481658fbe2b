import fc from "fast-check";
import { CATEGORIES, LANGS } from "../../src/data/schemas";
import { parseViewState, serializeViewState } from "../../src/filters/url-state";
import {
  DEFAULT_VIEW,
  PANELS,
  THEMES,
  type ViewState,
  YEAR_MAX,
  YEAR_MIN,
} from "../../src/filters/view-state";

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    a: fc.option(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), { nil: null }),
    b: fc.option(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), { nil: null }),
    cat: fc.subarray([...CATEGORIES]),
    src: fc.uniqueArray(id, { maxLength: 4 }),
    m: fc.option(id, { nil: null }),
    f: fc.option(id, { nil: null }),
    q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
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
  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseViewState(s);
        parseViewState(`?${s}`);
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("from", "to", "cat", "src", "m", "f", "q", "lang", "theme", "v"),
          fc.string(),
        ),
        (params) => {
          parseViewState(new URLSearchParams(params).toString());
        },
      ),
    );
  });

  it("restores exactly the view it was made from", () => {
    fc.assert(
      fc.property(viewState, (view) => {
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
    );
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
      "?from=2006&to=2016&cat=energy,arms&v=1",
    );
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
  });

  it("keeps a pinned embed's data version, and drops a malformed one", () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, embed: "trade" }, new URLSearchParams("dv=0a1b2c3d"))).toBe(
      "?embed=trade&dv=0a1b2c3d&v=1",
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, embed: "trade" }, new URLSearchParams("dv=<script>"))).toBe(
      "?embed=trade&v=1",
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
