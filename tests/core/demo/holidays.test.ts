import { holidayEntries, HOLIDAY_YEARS } from "../../../src/core/demo/holidays";
import { d } from "../../support/rows";
import { isoFromDay } from "../../support/day";

const weekday = (day: number): number => new Date(`${isoFromDay(day)}T00:00:00Z`).getUTCDay(); // 0 = Sunday

describe("China's holiday calendar in the demo", () => {
  const entries = holidayEntries(HOLIDAY_YEARS);
  const kindOf = new Map(entries.map((e) => [isoFromDay(e.day), e.kind]));

  it("covers 2025 to 2027", () => {
    expect(HOLIDAY_YEARS).toEqual([2025, 2026, 2027]);
    for (const year of HOLIDAY_YEARS) {
      expect(entries.some((e) => isoFromDay(e.day).startsWith(`${year}-`) && e.kind === "holiday")).toBe(
        true,
      );
    }
  });

  it("has the 2026 National Day week off and its two make-up Saturdays/Sundays as workdays", () => {
    for (let day = d("2026-10-01"); day <= d("2026-10-07"); day++)
      expect(kindOf.get(isoFromDay(day))).toBe("holiday");
    expect(kindOf.get("2026-09-20")).toBe("workday");
    expect(kindOf.get("2026-10-10")).toBe("workday");
    expect(kindOf.get("2026-10-08")).toBeUndefined();
  });

  it("has the 2025 Spring Festival from 除夕 (28 January) to 4 February, with 26 January and 8 February worked", () => {
    expect(kindOf.get("2025-01-28")).toBe("holiday");
    expect(kindOf.get("2025-02-04")).toBe("holiday");
    expect(kindOf.get("2025-02-05")).toBeUndefined();
    expect(kindOf.get("2025-01-26")).toBe("workday");
    expect(kindOf.get("2025-02-08")).toBe("workday");
  });

  it("puts every make-up workday on a weekend", () => {
    for (const e of entries.filter((x) => x.kind === "workday")) expect([0, 6]).toContain(weekday(e.day));
  });

  it("names each entry in both languages and marks the projected year", () => {
    const newYear2026 = entries.find((e) => isoFromDay(e.day) === "2026-01-01");
    expect(newYear2026?.note).toEqual({ en: "New Year's Day", zh: "元旦" });
    const labour2027 = entries.find((e) => isoFromDay(e.day) === "2027-05-03");
    expect(labour2027?.note.zh).toContain("预估");
  });

  it("lists entries in date order without duplicates", () => {
    const days = entries.map((e) => e.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(new Set(days).size).toBe(days.length);
  });

  it("contributes nothing for a year it has no schedule for", () => {
    expect(holidayEntries([2030])).toEqual([]);
  });
});
