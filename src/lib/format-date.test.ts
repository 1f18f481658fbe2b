import { formatMilestoneDate } from "./format-date";

describe("milestone dates", () => {
  it("keep the documents' precision: a year, a month or a day", () => {
    expect(formatMilestoneDate({ start: "2016" }, "en")).toBe("2016");
    expect(formatMilestoneDate({ start: "2016-12" }, "en")).toBe("December 2016");
    expect(formatMilestoneDate({ start: "1992-04-07" }, "en")).toBe("April 7, 1992");
    expect(formatMilestoneDate({ start: "2010", end: "2020" }, "en")).toBe("2010 – 2020");
  });

  it("use Persian digits on the Gregorian calendar in Persian", () => {
    expect(formatMilestoneDate({ start: "2016-12" }, "fa")).toBe("دسامبر ۲۰۱۶");
  });
});
