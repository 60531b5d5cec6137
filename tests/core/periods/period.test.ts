import fc from "fast-check";
import { isoWeeksInYear, parsePeriod, periodOf, subPeriods } from "../../../src/core/periods";
import type { PeriodKind } from "../../../src/core/metrics/types";
import { dayFromIso, isoFromDay } from "../../support/day";

const span = (text: string): [string, string] | null => {
  const period = parsePeriod(text);
  return period ? [isoFromDay(period.start), isoFromDay(period.end)] : null;
};

describe("period text (SPEC §1.2)", () => {
  it("reads a year, a quarter, a month and an ISO week", () => {
    expect(span("2026")).toEqual(["2026-01-01", "2026-12-31"]);
    expect(span("2026-Q4")).toEqual(["2026-10-01", "2026-12-31"]);
    expect(span("2026-11")).toEqual(["2026-11-01", "2026-11-30"]);
    expect(span("2026-W48")).toEqual(["2026-11-23", "2026-11-29"]);
    expect(span("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
  });

  it("ISO week 1 of 2026 starts on 2025-12-29 and 2027-W01 on 2027-01-04", () => {
    expect(span("2026-W01")).toEqual(["2025-12-29", "2026-01-04"]);
    expect(span("2027-W01")).toEqual(["2027-01-04", "2027-01-10"]);
  });

  it("2026 has 53 ISO weeks, 2025 and 2027 have 52", () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(span("2026-W53")).toEqual(["2026-12-28", "2027-01-03"]);
    expect(parsePeriod("2025-W53")).toBeNull();
  });

  it("canonicalises lenient spellings: lower case, one digit, full-width, spaces", () => {
    expect(parsePeriod("2026-q4")?.text).toBe("2026-Q4");
    expect(parsePeriod("2026-w5")?.text).toBe("2026-W05");
    expect(parsePeriod("2026-3")?.text).toBe("2026-03");
    expect(parsePeriod(" ２０２６－１１ ")?.text).toBe("2026-11");
  });

  it("E06: malformed periods are not periods", () => {
    for (const bad of [
      "",
      "26",
      "2026-13",
      "2026-00",
      "2026-Q0",
      "2026-Q5",
      "2026-W00",
      "2026-W54",
      "2026/11",
      "Nov 2026",
      "2026-11-01",
      "1899",
    ]) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  it("the week of a day near the year end belongs to the ISO year of its Thursday", () => {
    expect(periodOf("week", dayFromIso("2025-12-29")).text).toBe("2026-W01");
    expect(periodOf("week", dayFromIso("2027-01-03")).text).toBe("2026-W53");
    expect(periodOf("week", dayFromIso("2027-01-04")).text).toBe("2027-W01");
    expect(periodOf("week", dayFromIso("2021-01-03")).text).toBe("2020-W53");
    expect(periodOf("quarter", dayFromIso("2026-11-27")).text).toBe("2026-Q4");
    expect(periodOf("month", dayFromIso("2026-11-27")).text).toBe("2026-11");
  });

  it("splits a year into months and quarters, a month into its (partial) weeks", () => {
    const year = parsePeriod("2026")!;
    expect(subPeriods(year, "month").map((p) => p.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
    expect(subPeriods(year, "quarter").map((p) => p.text)).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
    expect(subPeriods(parsePeriod("2026-11")!, "week").map((p) => p.text)).toEqual([
      "2026-W44",
      "2026-W45",
      "2026-W46",
      "2026-W47",
      "2026-W48",
      "2026-W49",
    ]);
    // 2026-01-01 and 2026-12-31 are Thursdays: the year touches exactly 2026-W01 … 2026-W53.
    const weeks = subPeriods(year, "week").map((p) => p.text);
    expect(weeks).toHaveLength(53);
    expect([weeks[0], weeks[52]]).toEqual(["2026-W01", "2026-W53"]);
  });

  const kinds: PeriodKind[] = ["year", "quarter", "month", "week"];

  it("property: a period's canonical text reads back as the same period", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom(...kinds),
        (year, offset, kind) => {
          const day = dayFromIso(`${year}-01-01`) + offset;
          const period = periodOf(kind, day);
          expect(parsePeriod(period.text)).toEqual(period);
          expect(period.start).toBeLessThanOrEqual(day);
          expect(period.end).toBeGreaterThanOrEqual(day);
        },
      ),
    );
  });

  it("property: the sub-periods of a period tile it without gaps", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.constantFrom("year", "quarter", "month"),
        fc.constantFrom(...kinds),
        (year, kind, sub) => {
          const period = periodOf(kind as PeriodKind, dayFromIso(`${year}-06-15`));
          const parts = subPeriods(period, sub);
          expect(parts[0].start).toBeLessThanOrEqual(period.start);
          expect(parts[parts.length - 1].end).toBeGreaterThanOrEqual(period.end);
          for (let i = 1; i < parts.length; i++) expect(parts[i].start).toBe(parts[i - 1].end + 1);
        },
      ),
    );
  });
});
