import fc from "fast-check";
import { parseViewState, serializeViewState } from "@/filters/url-state";
import { DEFAULT_VIEW } from "@/filters/view-state";
import { applyHostState } from "./host-state";
import { parseIncomingMessage } from "./messages";

const embedded = { ...DEFAULT_VIEW, embed: "milestones" as const, group: "story1", lang: "he" as const };

describe("a view sent by the host page", () => {
  it("is cleaned as a link would be: range ordered, categories known and unique, ids well formed, q at its cap", () => {
    const view = applyHostState(embedded, {
      from: 2016,
      to: 2006,
      cat: ["energy", "energy", "arms"],
      src: ["inss", "inss", "Not An Id" as string],
      q: `${"a".repeat(199)}  😀`,
    });
    expect(view).toMatchObject({
      from: 2006,
      to: 2016,
      cat: ["arms", "energy"],
      src: ["inss"],
      q: "a".repeat(199),
    });
    expect(view).toMatchObject({ embed: "milestones", group: "story1", lang: "he" });
  });

  it("is refused whole when it is not shaped like a view, or carries unbounded lists", () => {
    const setState = (state: unknown) => parseIncomingMessage({ source: "iceberg", type: "setState", state });
    expect(setState({ from: "1990; drop table" })).toBeNull();
    expect(setState({ cat: ["nope"] })).toBeNull();
    expect(setState({ src: Array.from({ length: 33 }, (_, i) => `doc-${i}`) })).toBeNull();
    expect(setState({ __proto__: { polluted: true }, extra: 1 })).toBeNull();
    expect(setState({ cat: ["energy"] })).not.toBeNull();
  });

  it("always ends in a view a link can hold exactly", () => {
    const message = fc.record(
      {
        from: fc.option(fc.integer({ min: 1991, max: 2025 }), { nil: null }),
        to: fc.option(fc.integer({ min: 1991, max: 2025 }), { nil: null }),
        cat: fc.array(fc.constantFrom("diplomacy", "trade", "arms", "energy", "security", "society"), {
          maxLength: 32,
        }),
        src: fc.array(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6})?$/), { maxLength: 32 }),
        q: fc.string({ maxLength: 200 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(message, (state) => {
        const parsed = parseIncomingMessage({ source: "iceberg", type: "setState", state });
        if (parsed?.type !== "setState") return;
        const view = applyHostState(embedded, parsed.state);
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      { numRuns: 2000 },
    );
  });
});
