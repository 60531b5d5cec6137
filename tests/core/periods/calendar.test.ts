import fc from "fast-check";
import {
  addWorkingDays,
  buildCalendar,
  countWorkingDays,
  isWorkingDay,
  parsePeriod,
  prorate,
} from "../../../src/core/periods";
import { calendarDay, d } from "../../support/rows";

// 2026 National Day: 10-01 (Thu) … 10-07 (Wed) off; make-up workdays Sunday 09-27 and Saturday 10-10.
const nationalDay = buildCalendar([
  ...["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"].map(
    (date) => calendarDay({ date: d(date), kind: "holiday" }),
  ),
  calendarDay({ date: d("2026-09-27"), kind: "workday" }),
  calendarDay({ date: d("2026-10-10"), kind: "workday" }),
]);
const plain = buildCalendar([]);

describe("working days (SPEC §1.1)", () => {
  it("are Monday to Friday when the Calendar table is empty", () => {
    expect(isWorkingDay(plain, d("2026-11-27"))).toBe(true); // Fri
    expect(isWorkingDay(plain, d("2026-11-28"))).toBe(false); // Sat
    // November 2026: 30 days starting on a Sunday → 21 weekdays.
    expect(countWorkingDays(plain, d("2026-11-01"), d("2026-11-30"))).toBe(21);
    expect(countWorkingDays(plain, d("2026-01-01"), d("2026-12-31"))).toBe(261);
  });

  it("drop Calendar holidays and add 调休 make-up workdays", () => {
    expect(isWorkingDay(nationalDay, d("2026-10-01"))).toBe(false);
    expect(isWorkingDay(nationalDay, d("2026-10-10"))).toBe(true);
    expect(isWorkingDay(nationalDay, d("2026-09-27"))).toBe(true);
    // October 2026 has 22 weekdays; 10-01, 02, 05, 06, 07 are weekday holidays (−5); 10-10 is a make-up day (+1).
    expect(countWorkingDays(nationalDay, d("2026-10-01"), d("2026-10-31"))).toBe(18);
    // Week 2026-09-21…27: five weekdays plus Sunday 09-27.
    expect(countWorkingDays(nationalDay, d("2026-09-21"), d("2026-09-27"))).toBe(6);
  });

  it("a later Calendar row for the same date wins; a holiday on a weekend changes nothing", () => {
    const corrected = buildCalendar([
      calendarDay({ date: d("2026-11-27"), kind: "holiday" }),
      calendarDay({ date: d("2026-11-27"), kind: "workday" }),
      calendarDay({ date: d("2026-11-28"), kind: "holiday" }),
      calendarDay({ date: null, kind: "holiday" }),
    ]);
    expect(isWorkingDay(corrected, d("2026-11-27"))).toBe(true);
    expect(countWorkingDays(corrected, d("2026-11-23"), d("2026-11-29"))).toBe(5);
  });

  it("count both ends inclusive and is 0 for a reversed range", () => {
    expect(countWorkingDays(plain, d("2026-11-27"), d("2026-11-27"))).toBe(1);
    expect(countWorkingDays(plain, d("2026-11-28"), d("2026-11-27"))).toBe(0);
  });

  it("adding working days skips weekends and holidays", () => {
    expect(addWorkingDays(plain, d("2026-11-27"), 1)).toBe(d("2026-11-30"));
    expect(addWorkingDays(nationalDay, d("2026-09-30"), 1)).toBe(d("2026-10-08"));
    expect(addWorkingDays(nationalDay, d("2026-10-08"), -1)).toBe(d("2026-09-30"));
    expect(addWorkingDays(nationalDay, d("2026-10-09"), 1)).toBe(d("2026-10-10"));
    expect(addWorkingDays(plain, d("2026-11-28"), 0)).toBe(d("2026-11-28"));
  });

  it("prorates a monthly target to a week by working days", () => {
    const november = parsePeriod("2026-11")!;
    // 2026-W48 (11-23…29) has 5 of November's 21 working days: 21,000 × 5/21 = 5,000.
    expect(prorate(plain, 21000, november, d("2026-11-23"), d("2026-11-29"))).toBeCloseTo(5000, 9);
    // 2026-W49 (11-30…12-06) overlaps November on one working day.
    expect(prorate(plain, 21000, november, d("2026-11-30"), d("2026-12-06"))).toBeCloseTo(1000, 9);
    expect(prorate(plain, 21000, november, d("2026-12-01"), d("2026-12-06"))).toBe(0);
  });

  it("property: counting agrees with checking day by day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 120 }), (offset, length) => {
        const start = d("2026-01-01") + offset;
        const end = start + length;
        let expected = 0;
        for (let day = start; day <= end; day++) if (isWorkingDay(nationalDay, day)) expected++;
        expect(countWorkingDays(nationalDay, start, end)).toBe(expected);
      }),
    );
  });
});
