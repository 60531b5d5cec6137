/**
 * Target periods (SPEC §1.2): `2026` (year), `2026-Q4` (quarter), `2026-11` (month) and `2026-W48`
 * (ISO 8601 week, Monday start). The fiscal year is the calendar year.
 */
import { toHalfWidth } from "../text/fold";
import { type Day, dayFromYmd, daysInMonth, weekdayOf, ymdOfDay } from "./day";

export type PeriodKind = "year" | "quarter" | "month" | "week";

/** A target period (SPEC §1.2): `2026`, `2026-Q4`, `2026-11`, `2026-W48`. */
export interface Period {
  readonly kind: PeriodKind;
  /** Canonical text, e.g. `2026-W48`. */
  readonly text: string;
  /** First and last day, inclusive. */
  readonly start: Day;
  readonly end: Day;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Finest first: a period kind's position says how fine it is. */
export const PERIOD_KINDS_FINEST_FIRST: readonly PeriodKind[] = ["week", "month", "quarter", "year"];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Monday of ISO week 1 of `isoYear` (the week that holds 4 January). */
function isoWeekOneMonday(isoYear: number): Day {
  const jan4 = dayFromYmd(isoYear, 1, 4);
  return jan4 - (weekdayOf(jan4) - 1);
}

/** Number of ISO weeks in a year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

/** A year period. */
export function yearPeriod(year: number): Period {
  return { kind: "year", text: String(year), start: dayFromYmd(year, 1, 1), end: dayFromYmd(year, 12, 31) };
}

/** A quarter period (quarter 1–4). */
export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    kind: "quarter",
    text: `${year}-Q${quarter}`,
    start: dayFromYmd(year, firstMonth, 1),
    end: dayFromYmd(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)),
  };
}

/** A month period (month 1–12). */
export function monthPeriod(year: number, month: number): Period {
  return {
    kind: "month",
    text: `${year}-${pad2(month)}`,
    start: dayFromYmd(year, month, 1),
    end: dayFromYmd(year, month, daysInMonth(year, month)),
  };
}

/** An ISO week period (week 1–52 or 53 of the ISO year). */
export function weekPeriod(isoYear: number, week: number): Period {
  const start = isoWeekOneMonday(isoYear) + (week - 1) * 7;
  return { kind: "week", text: `${isoYear}-W${pad2(week)}`, start, end: start + 6 };
}

const PERIOD_TEXT = /^(\d{4})(?:-(?:([Qq])(\d)|([Ww])(\d{1,2})|(\d{1,2})))?$/;

/**
 * Reads period text. Accepts full-width characters, surrounding space, a lower-case `q`/`w` and a
 * one-digit month or week; the result's `text` is canonical (`2026-11`, `2026-W05`).
 * Returns null for anything else, including impossible periods (`2026-13`, `2026-Q5`, `2025-W53`).
 *
 * @example parsePeriod("2026-W48") // { kind: "week", text: "2026-W48", start: <2026-11-23>, end: <2026-11-29> }
 */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD_TEXT.exec(toHalfWidth(text).trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] !== undefined) {
    const quarter = Number(match[3]);
    return quarter >= 1 && quarter <= 4 ? quarterPeriod(year, quarter) : null;
  }
  if (match[4] !== undefined) {
    const week = Number(match[5]);
    return week >= 1 && week <= isoWeeksInYear(year) ? weekPeriod(year, week) : null;
  }
  if (match[6] !== undefined) {
    const month = Number(match[6]);
    return month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  }
  return yearPeriod(year);
}

/**
 * The period of `kind` that holds `day`. For weeks this is the ISO week, whose year may differ from
 * the calendar year at the edges (2025-12-29 is in 2026-W01).
 *
 * @example periodOf("quarter", dayFromIso("2026-11-27")).text === "2026-Q4"
 */
export function periodOf(kind: PeriodKind, day: Day): Period {
  const { year, month } = ymdOfDay(day);
  switch (kind) {
    case "year":
      return yearPeriod(year);
    case "quarter":
      return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
    case "month":
      return monthPeriod(year, month);
    case "week": {
      // The ISO year is the calendar year of the week's Thursday.
      const thursday = day + (4 - weekdayOf(day));
      const isoYear = ymdOfDay(thursday).year;
      return weekPeriod(isoYear, Math.floor((thursday - isoWeekOneMonday(isoYear)) / 7) + 1);
    }
  }
}

/**
 * Every period of `kind` that shares at least one day with `period`, in date order. Months of a year
 * are its 12 months; weeks of a month include the partial weeks at either end; a coarser kind gives
 * the one (or, for a week across a year end, two) periods that hold it.
 *
 * @example subPeriods(parsePeriod("2026-Q4")!, "month").map((p) => p.text) // ["2026-10", "2026-11", "2026-12"]
 */
export function subPeriods(period: Period, kind: PeriodKind): Period[] {
  const result: Period[] = [];
  let current = periodOf(kind, period.start);
  while (current.start <= period.end) {
    result.push(current);
    current = periodOf(kind, current.end + 1);
  }
  return result;
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}
