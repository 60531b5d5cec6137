import { parseDate } from "../../../src/core/read/date";
import { CellProblem } from "../../../src/core/read/problem";
import { dayFromIso } from "../../support/day";

const nov27 = dayFromIso("2026-11-27");

describe("date cells", () => {
  it("reads an Excel serial number as that day", () => {
    expect(parseDate(46353)).toBe(nov27);
  });

  it("drops the time of day from a serial with a fraction", () => {
    expect(parseDate(46353.75)).toBe(nov27);
    expect(parseDate(46353.999999)).toBe(nov27);
  });

  it("reads a serial a floating-point hair below a whole day as that day", () => {
    expect(parseDate(46353 - 1e-11)).toBe(nov27);
  });

  it("refuses serials Excel cannot hold", () => {
    for (const serial of [0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseDate(serial)).toBeInstanceOf(CellProblem);
    }
    expect(parseDate(1)).toBe(1);
    expect(parseDate(2958465)).toBe(2958465);
  });

  it.each([
    ["2026-11-27"],
    ["2026/11/27"],
    ["2026.11.27"],
    ["2026年11月27日"],
    ["2026年11月27号"],
    ["２０２６－１１－２７"],
    ["２０２６年１１月２７日"],
    ["  2026-11-27　"],
  ])("reads the text %s as 2026-11-27", (text) => {
    expect(parseDate(text)).toBe(nov27);
  });

  it("allows a single-digit month and day", () => {
    expect(parseDate("2026-3-5")).toBe(dayFromIso("2026-03-05"));
    expect(parseDate("2026年3月5日")).toBe(dayFromIso("2026-03-05"));
  });

  it("refuses impossible dates", () => {
    for (const text of ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29"]) {
      expect(parseDate(text)).toHaveProperty("reason", "date");
    }
    expect(parseDate("2028-02-29")).toBe(dayFromIso("2028-02-29"));
  });

  it("refuses ambiguous forms: month-first, day-first and two-digit years", () => {
    for (const text of ["11/27/2026", "27/11/2026", "03/04/2026", "26-11-27", "26/11/27", "11-27-26"]) {
      expect(parseDate(text)).toHaveProperty("reason", "date");
    }
  });

  it("refuses mixed separators, words and text before March 1900", () => {
    for (const text of [
      "2026-11/27",
      "tomorrow",
      "明天",
      "2026-11",
      "1900-01-01",
      "46353",
      "2026-11-27 09:30",
    ]) {
      expect(parseDate(text)).toBeInstanceOf(CellProblem);
    }
    expect(parseDate(true)).toBeInstanceOf(CellProblem);
  });

  it("reads blank text as empty", () => {
    expect(parseDate("   ")).toBeNull();
    expect(parseDate("　")).toBeNull();
  });
});
