import { describe, expect, it } from "vitest";
import type { ArmsBarRow } from "./chart-model";
import { armsMax, barWidthFor, brokenLinePath, dealArea, stackedBarRects } from "./mark-geometry";

const row = (year: number, israel: number, s0: number, rest: number, register = false): ArmsBarRow => ({
  year,
  israel,
  s0,
  rest,
  register,
  shareTables: null,
  shareRegister: null,
  azShare: null,
});

// 10 px a year from 2000; 1 px per TIV unit, from a baseline at y = 100.
const x = (year: number) => (year - 2000) * 10;
const y = (value: number) => 100 - value;

describe("stackedBarRects", () => {
  it("stacks Israel at the bottom, then each stacked supplier, then the rest, centred on the year", () => {
    const rects = stackedBarRects([row(2005, 20, 30, 10)], 1, x, y, 6);
    expect(rects.map((r) => [r.series, r.x, r.y, r.width, r.height])).toEqual([
      ["bar-israel", 47, 80, 6, 20],
      ["bar-supplier-0", 47, 50, 6, 30],
      ["bar-other", 47, 40, 6, 10],
    ]);
  });

  it("leaves out empty layers and marks the register's years", () => {
    const rects = stackedBarRects([row(2023, 0, 12, 0, true)], 1, x, y, 6);
    expect(rects).toHaveLength(1);
    expect(rects[0]).toMatchObject({ series: "bar-supplier-0", register: true, y: 88, height: 12 });
  });
});

describe("armsMax", () => {
  it("is the tallest stack, or a larger deal", () => {
    const bars = [row(2005, 20, 30, 10), row(2006, 5, 5, 5)];
    expect(armsMax(bars, 1, [])).toBe(60);
    expect(armsMax(bars, 1, [{ value: 75 }])).toBe(75);
    expect(armsMax([], 1, [])).toBe(0);
  });
});

describe("brokenLinePath", () => {
  it("breaks the line where a value is missing instead of joining across the gap", () => {
    const path = brokenLinePath([
      { x: 0, y: 10 },
      { x: 1, y: 20 },
      { x: 2, y: null },
      { x: 3, y: 30 },
      { x: 4, y: 40 },
    ]);
    expect(path).toBe("M0,10L1,20M3,30L4,40");
  });
});

describe("sizes", () => {
  it("gives bars 60 % of a year, never under 3 px, and deals an area from 30 to 360 px²", () => {
    expect(barWidthFor(x, 2000, 2009)).toBe(6);
    expect(barWidthFor((year) => year - 2000, 2000, 2009)).toBe(3);
    expect(dealArea(0, 100)).toBe(30);
    expect(dealArea(100, 100)).toBe(360);
  });
});
