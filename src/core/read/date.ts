/**
 * Date cells → Day (Excel serial). Excel hands a real date over as its serial number; a date that
 * was typed as text (a pasted column, a cell formatted as text) is read from a few unambiguous forms.
 */
import { dayFromYmd, isValidYmd, type Day } from "../periods/day";
import type { RawCell } from "./raw";
import { halfWidthTrimmed } from "./cleanText";
import { NOT_A_DATE, type Parsed } from "./problem";

/** Serial of 1900-01-01 and of 9999-12-31: the dates Excel can hold. */
export const FIRST_SERIAL = 1;
export const LAST_SERIAL = 2958465;

/**
 * A serial computed from a date-time (by a formula or another program) can land a hair below the
 * whole day it means, e.g. 46352.99999999999; without this slack it would read as the day before.
 */
const SERIAL_SLACK = 1e-9;

/*
 * Year first, four digits, then month and day: the only orders that mean the same to everyone.
 * `11/27/2026` (US, month first) and `27/11/2026` (day first) cannot be told apart in general —
 * 03/04/2026 is March 4 to one typist and 3 April to another — and a two-digit year (`26-11-27`)
 * could be year-month-day or day-month-year. Guessing would silently move sales to the wrong day,
 * so those forms are refused and the person is asked to type the date unambiguously.
 */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;

/**
 * The Day of a typed calendar date, or null when it does not exist. Text dates before March 1900
 * are refused: Excel counts a 29 February 1900 that never was, so their serials would be off by one
 * (periods/ ignores that day too), and no sales record is that old.
 */
function typedDay(year: number, month: number, day: number): Day | null {
  if (year < 1900 || (year === 1900 && month < 3) || !isValidYmd(year, month, day)) return null;
  return dayFromYmd(year, month, day);
}

/**
 * Reads a date cell: a serial number (a fraction is a time of day and is dropped) or text
 * `2026-11-27`, `2026/11/27`, `2026.11.27`, `2026年11月27日` (full-width digits and single-digit
 * month/day allowed). Anything else, impossible dates and serials Excel cannot hold are unreadable.
 *
 * @example parseDate("2026/11/7") === 46333
 */
export function parseDate(cell: RawCell): Parsed<Day> {
  if (typeof cell === "number") {
    if (!(cell >= FIRST_SERIAL && cell < LAST_SERIAL + 1)) return NOT_A_DATE;
    return Math.floor(cell + SERIAL_SLACK);
  }
  if (typeof cell === "boolean") return NOT_A_DATE;
  const text = halfWidthTrimmed(cell);
  if (text === "") return null;
  const separated = YEAR_FIRST.exec(text);
  if (separated)
    return typedDay(Number(separated[1]), Number(separated[3]), Number(separated[4])) ?? NOT_A_DATE;
  const chinese = CHINESE.exec(text);
  if (chinese) return typedDay(Number(chinese[1]), Number(chinese[2]), Number(chinese[3])) ?? NOT_A_DATE;
  return NOT_A_DATE;
}
