import { toCsv } from "./csv";

/** The one data cell of a one-column CSV, as written to the file. */
const written = (value: unknown) =>
  toCsv(["value"], [[value]])
    .replace(/^\uFEFFvalue\r\n/, "")
    .replace(/\r\n$/, "");

describe("CSV export", () => {
  it("neutralises cells a spreadsheet would run as formulas: =, +, -, @, tab and carriage return", () => {
    expect(written('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(written("+1+1")).toBe("'+1+1");
    expect(written("-2+3")).toBe("'-2+3");
    expect(written("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(written("\t=1")).toBe("'\t=1");
    expect(written("\r=1")).toBe(`"'\r=1"`);
  });

  it("leaves numbers, including negative ones, and ordinary text as they are", () => {
    expect(written(-12.5)).toBe("-12.5");
    expect(written(0)).toBe("0");
    expect(written("Baku–Tbilisi–Ceyhan")).toBe("Baku–Tbilisi–Ceyhan");
    expect(written("a=b")).toBe("a=b");
    expect(written(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(written('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });
});
