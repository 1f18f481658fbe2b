import { describe, expect, it } from "vitest";
import { firstWindow } from "./time-player";

describe("where a Play starts", () => {
  it("sweeps five years from 1991 when no range is chosen", () => {
    expect(firstWindow(null, null)).toEqual({ from: 1991, to: 1995 });
  });
  it("keeps the width of a chosen range and plays on from it", () => {
    expect(firstWindow(2006, 2016)).toEqual({ from: 2006, to: 2016 });
  });
  it("starts again from 1991 when the range already reaches the end", () => {
    expect(firstWindow(2015, 2025)).toEqual({ from: 1991, to: 2001 });
  });
});
