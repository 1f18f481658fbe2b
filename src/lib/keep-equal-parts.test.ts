import { describe, expect, it } from "vitest";
import { keepEqualParts } from "./keep-equal-parts";

describe("keepEqualParts", () => {
  it("keeps the previous object for a part that is equal by value", () => {
    const previous = { rows: [{ year: 1991, value: 1 }], selected: null as number | null };
    const next = keepEqualParts(previous, { rows: [{ year: 1991, value: 1 }], selected: 1994 });
    expect(next.rows).toBe(previous.rows);
    expect(next.selected).toBe(1994);
    expect(next).not.toBe(previous);
  });

  it("returns the previous value itself when nothing changed", () => {
    const previous = { rows: [1, 2], selected: 3 };
    expect(keepEqualParts(previous, { rows: [1, 2], selected: 3 })).toBe(previous);
  });

  it("takes a changed part from the next value", () => {
    const previous = { rows: [1, 2] };
    const next = { rows: [1, 2, 3] };
    expect(keepEqualParts(previous, next).rows).toBe(next.rows);
  });
});
