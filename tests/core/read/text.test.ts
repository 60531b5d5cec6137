import { parsePeriod, parseText } from "../../../src/core/read/text";
import { dayFromIso } from "../../support/day";

describe("text and list-reference cells", () => {
  it("are trimmed and otherwise kept as typed", () => {
    expect(parseText("  华联超市 ")).toBe("华联超市");
    expect(parseText("Ｗang Wei")).toBe("Ｗang Wei");
    expect(parseText("=1+1")).toBe("=1+1");
  });

  it("read numbers and booleans as Excel shows them", () => {
    expect(parseText(1001)).toBe("1001");
    expect(parseText(true)).toBe("TRUE");
  });

  it("read blank text as empty", () => {
    expect(parseText(" \t　")).toBeNull();
  });
});

describe("target period cells", () => {
  it.each([
    ["2026", "2026"],
    [" ２０２６－Ｑ４ ", "2026-Q4"],
    ["2026-q4", "2026-Q4"],
    ["2026-w48", "2026-W48"],
    ["2026-11", "2026-11"],
  ])("read %s as %s", (text, expected) => {
    expect(parsePeriod(text)).toBe(expected);
  });

  it("read a year typed as a number as that year", () => {
    expect(parsePeriod(2026)).toBe("2026");
  });

  it("read a first-of-month date (Excel's conversion of a typed 2026-11) as that month", () => {
    expect(parsePeriod(dayFromIso("2026-11-01"))).toBe("2026-11");
    expect(parsePeriod(dayFromIso("2026-03-01"))).toBe("2026-03");
  });

  it("leave other numbers as text for period parsing to refuse", () => {
    expect(parsePeriod(dayFromIso("2026-11-27"))).toBe(String(dayFromIso("2026-11-27")));
    expect(parsePeriod(2026.5)).toBe("2026.5");
  });
});
