import { describe, expect, it } from "vitest";
import { milestone } from "../../../tests/fixtures/model";
import { listHighlights } from "./list-highlights";

const embassy = milestone("embassy", { places: ["tel-aviv"] });
const pipeline = milestone("pipeline", { features: ["btc"] });
const nothing = { year: null, milestone: null, feature: null };

describe("what a milestone list marks", () => {
  it("marks no row and no year when nothing is pointed at", () => {
    const highlights = listHighlights(nothing);
    expect(highlights.year).toBeNull();
    expect([embassy, pipeline].filter(highlights.row)).toEqual([]);
  });
  it("marks the row of the milestone pointed at", () => {
    expect([embassy, pipeline].filter(listHighlights({ ...nothing, milestone: "pipeline" }).row)).toEqual([
      pipeline,
    ]);
  });
  it("marks the rows tied to the map line or place pointed at", () => {
    expect([embassy, pipeline].filter(listHighlights({ ...nothing, feature: "btc" }).row)).toEqual([
      pipeline,
    ]);
    expect([embassy, pipeline].filter(listHighlights({ ...nothing, feature: "tel-aviv" }).row)).toEqual([
      embassy,
    ]);
  });
  it("marks the year group pointed at on the chart", () => {
    expect(listHighlights({ ...nothing, year: 2012 }).year).toBe(2012);
  });
});
