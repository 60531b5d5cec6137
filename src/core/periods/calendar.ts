/**
 * The working-day calendar (SPEC §1.1): Monday–Friday, minus `Calendar` holidays, plus `Calendar`
 * make-up workdays (调休). Counting is arithmetic over the weekdays plus a binary search in the
 * sorted exceptions, so a count over a year costs the same as over a day.
 */
import type { CalendarRow } from "../model";
import type { Period } from "./period";
import { type Day, weekdayOf } from "./day";

export interface WorkCalendar {
  /** Weekdays (Mon–Fri) that are holidays, ascending. */
  readonly weekdayHolidays: readonly Day[];
  /** Weekend days that are make-up workdays, ascending. */
  readonly weekendWorkdays: readonly Day[];
}

/**
 * Builds the calendar from the `Calendar` table. Rows without a date or kind are ignored (validation
 * reports them); where one date is listed twice, the later row wins, as a person correcting an entry
 * would expect. A holiday on a weekend or a make-up workday on a weekday changes nothing.
 *
 * @example buildCalendar([{ date: dayFromIso("2026-10-01"), kind: "holiday", … }])
 */
export function buildCalendar(rows: readonly CalendarRow[]): WorkCalendar {
  const working = new Map<Day, boolean>();
  for (const row of rows) {
    if (row.date === null || row.kind === null) continue;
    working.set(row.date, row.kind === "workday");
  }
  const weekdayHolidays: Day[] = [];
  const weekendWorkdays: Day[] = [];
  for (const [day, isWorking] of working) {
    const weekend = weekdayOf(day) >= 6;
    if (!isWorking && !weekend) weekdayHolidays.push(day);
    if (isWorking && weekend) weekendWorkdays.push(day);
  }
  const ascending = (a: number, b: number): number => a - b;
  return {
    weekdayHolidays: weekdayHolidays.sort(ascending),
    weekendWorkdays: weekendWorkdays.sort(ascending),
  };
}

/** A calendar with no holidays: plain Monday–Friday. */
export const WEEKDAYS_ONLY: WorkCalendar = { weekdayHolidays: [], weekendWorkdays: [] };

/** Index of the first element ≥ `day` in an ascending array. */
function lowerBound(days: readonly Day[], day: Day): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countIn(days: readonly Day[], start: Day, end: Day): number {
  return lowerBound(days, end + 1) - lowerBound(days, start);
}

/**
 * True when people work on `day`.
 *
 * @example isWorkingDay(buildCalendar([]), dayFromIso("2026-11-28")) === false // a Saturday
 */
export function isWorkingDay(cal: WorkCalendar, day: Day): boolean {
  if (weekdayOf(day) >= 6) return countIn(cal.weekendWorkdays, day, day) > 0;
  return countIn(cal.weekdayHolidays, day, day) === 0;
}

/** Mondays–Fridays from `start` to `end` inclusive, ignoring the Calendar table. */
function countWeekdays(start: Day, end: Day): number {
  if (end < start) return 0;
  const days = end - start + 1;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  let weekday = weekdayOf(start);
  for (let i = fullWeeks * 7; i < days; i++) {
    if (weekday <= 5) count++;
    weekday = weekday === 7 ? 1 : weekday + 1;
  }
  return count;
}

/**
 * Working days from `start` to `end`, both included; 0 when `end` is before `start`.
 *
 * @example countWorkingDays(buildCalendar([]), dayFromIso("2026-11-23"), dayFromIso("2026-11-29")) === 5
 */
export function countWorkingDays(cal: WorkCalendar, start: Day, end: Day): number {
  if (end < start) return 0;
  return (
    countWeekdays(start, end) -
    countIn(cal.weekdayHolidays, start, end) +
    countIn(cal.weekendWorkdays, start, end)
  );
}

/**
 * The working day `n` working days after `day` (before it when `n` is negative). With `n = 0` the
 * day itself is returned, working or not.
 *
 * @example addWorkingDays(buildCalendar([]), dayFromIso("2026-11-27"), 1) === dayFromIso("2026-11-30")
 */
export function addWorkingDays(cal: WorkCalendar, day: Day, n: number): Day {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let current = day;
  while (left > 0) {
    current += step;
    if (isWorkingDay(cal, current)) left--;
  }
  return current;
}

/**
 * The share of `value` (a target for `period`) that falls on the days `start`…`end`, by working days
 * (SPEC §1.2 proration). A period without a working day is prorated by calendar days instead, so a
 * target is never lost.
 *
 * @example prorate(cal, 2200, parsePeriod("2026-11")!, week.start, week.end) // 2200 × 5 / 21 (no holidays)
 */
export function prorate(cal: WorkCalendar, value: number, period: Period, start: Day, end: Day): number {
  const from = Math.max(start, period.start);
  const to = Math.min(end, period.end);
  if (to < from) return 0;
  const total = countWorkingDays(cal, period.start, period.end);
  if (total === 0) return (value * (to - from + 1)) / (period.end - period.start + 1);
  return (value * countWorkingDays(cal, from, to)) / total;
}
