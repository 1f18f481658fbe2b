import { describe, expect, it } from "vitest";
import { highlightRanges, matchesQuery, parseQuery } from "./text-search";

const finds = (text: string, query: string) => matchesQuery([text], parseQuery(query));
const marked = (text: string, query: string) =>
  highlightRanges(text, parseQuery(query)).map(([a, b]) => text.slice(a, b));

describe("milestone search", () => {
  it("finds English word forms", () => {
    expect(finds("Azerbaijan's Jewish community", "Jews")).toBe(true);
    expect(finds("Israel opens its embassy in Baku", "embassies")).toBe(true);
    expect(finds("Diplomatic relations established", "relation")).toBe(true);
    expect(finds("Israel opens its embassy in Baku", "pipeline")).toBe(false);
  });

  it("needs every word of the query", () => {
    expect(finds("Israel opens its embassy in Baku", "embassy Baku")).toBe(true);
    expect(finds("Israel opens its embassy in Baku", "embassy Tel Aviv")).toBe(false);
  });

  it("finds Hebrew, Arabic and Persian words inside prefixed and suffixed forms", () => {
    expect(finds("ישראל פותחת את השגרירות בבאקו", "שגרירות")).toBe(true);
    expect(finds("إسرائيل تفتح سفارتها في باكو", "سفارت")).toBe(true);
    expect(finds("سفارت‌ها در باكو", "باکو")).toBe(true);
    expect(finds("سفارت‌ها", "سفارتها")).toBe(true);
  });

  it("finds Chinese without word breaks", () => {
    expect(finds("以色列在巴库开设大使馆", "大使馆")).toBe(true);
    expect(finds("以色列在巴库开设大使馆", "石油")).toBe(false);
  });

  it("marks the matching words in the original text", () => {
    expect(marked("The Jewish community and Jews of Quba", "jews")).toEqual(["Jewish", "Jews"]);
    expect(marked("سفارت‌ها در باكو", "باکو")).toEqual(["باكو"]);
    expect(marked("以色列在巴库开设大使馆", "巴库")).toEqual(["巴库"]);
  });
});
