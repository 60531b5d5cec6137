import fc from "fast-check";
import { dayFromIso, dayFromYmd, isoOfDay, weekdayOf, ymdOfDay } from "../../../src/core/periods";
import { dayFromIso as referenceDay, isoFromDay as referenceIso } from "../../support/day";

describe("days are Excel serials", () => {
  it("2026-11-27 is serial 46353, as Excel shows it", () => {
    expect(dayFromYmd(2026, 11, 27)).toBe(46353);
    expect(dayFromIso("2026-11-27")).toBe(46353);
    expect(isoOfDay(46353)).toBe("2026-11-27");
  });

  it("1900-03-01 is serial 61 (after Excel's fictitious 1900-02-29)", () => {
    expect(dayFromYmd(1900, 3, 1)).toBe(61);
  });

  it("rejects impossible ISO dates and non-dates", () => {
    expect(dayFromIso("2026-02-30")).toBeNull();
    expect(dayFromIso("2026-13-01")).toBeNull();
    expect(dayFromIso("2025-02-29")).toBeNull();
    expect(dayFromIso("yesterday")).toBeNull();
    expect(dayFromIso("2024-02-29")).toBe(referenceDay("2024-02-29"));
  });

  it("weekdays count 1 = Monday … 7 = Sunday", () => {
    expect(weekdayOf(dayFromYmd(2026, 11, 23))).toBe(1);
    expect(weekdayOf(dayFromYmd(2026, 11, 27))).toBe(5);
    expect(weekdayOf(dayFromYmd(2026, 11, 29))).toBe(7);
    expect(weekdayOf(dayFromYmd(1900, 1, 1))).toBe(1);
  });

  it("agrees with the JavaScript Date reference for every day from 1900-03-01 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 109573 }), (serial) => {
        const iso = referenceIso(serial);
        expect(isoOfDay(serial)).toBe(iso);
        expect(dayFromIso(iso)).toBe(serial);
        const { year, month, day } = ymdOfDay(serial);
        expect(dayFromYmd(year, month, day)).toBe(serial);
        expect(weekdayOf(serial)).toBe(((new Date((serial - 25569) * 86400000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
