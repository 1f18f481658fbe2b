import { describe, expect, it } from "vitest";
import { firstWindow, nextWindow } from "./play-windows";

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

describe("each step of a Play", () => {
  it("moves the window one year on, keeping its width", () => {
    expect(nextWindow(1991, 1995)).toEqual({ from: 1992, to: 1996 });
  });
  it("ends when the window reaches the last year", () => {
    expect(nextWindow(2021, 2025)).toBeNull();
  });
  it("ends when the range was cleared during the run", () => {
    expect(nextWindow(null, null)).toBeNull();
    expect(nextWindow(2001, null)).toBeNull();
  });
});
