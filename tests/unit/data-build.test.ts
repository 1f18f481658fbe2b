import { formatCsv, parseCsv, parseCsvRows } from "../../scripts/data-build/csv";
import { chainTrunk, simplifyLine } from "../../scripts/data-build/geometry";
import { parseNumber } from "../../scripts/data-build/reference";

describe("reading the reference files", () => {
  it("reads a figure the way the reference writes it", () => {
    expect(parseNumber("1,768")).toBe(1768);
    expect(parseNumber("~40")).toBe(40);
    expect(parseNumber(">1")).toBe(1);
    expect(parseNumber('~33 ("a good third")')).toBe(33);
    expect(parseNumber("0.5235")).toBe(0.5235);
    expect(() => parseNumber("Iraqi Kurdistan (KRG)")).toThrow("not a number");
  });

  it("reads quoted CSV cells with commas, doubled quotes and line breaks, and writes them back", () => {
    const text = 'period,value,note\r\n2024,>1,"records ""stop"",\nin Oct"\r\n';
    expect(parseCsv(text)).toEqual([{ period: "2024", value: ">1", note: 'records "stop",\nin Oct' }]);
    const rows = parseCsvRows(text.trimEnd());
    expect(formatCsv(rows[0]!, rows.slice(1))).toBe(text);
  });
});

describe("drawing the routes", () => {
  it("keeps the bends of a line and drops the vertices that add nothing", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
  });

  it("chains OpenStreetMap ways across a small gap and leaves the branches out", () => {
    const trunkEast: [number, number][] = [
      [10, 0],
      [9, 0],
      [8, 0],
    ];
    const branch: [number, number][] = [
      [9, 0],
      [9, 3],
    ];
    const trunkWest: [number, number][] = [
      [7.95, 0],
      [5, 0],
    ];
    expect(chainTrunk([branch, trunkWest, trunkEast], [10.2, 0.1])).toEqual([
      [10, 0],
      [9, 0],
      [8, 0],
      [7.95, 0],
      [5, 0],
    ]);
  });
});
