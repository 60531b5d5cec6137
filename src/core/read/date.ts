/**
 * Date cells → Day (Excel serial). Excel hands a real date over as its serial number; a date that
 * was typed as text (a pasted column, a cell formatted as text) is read from a few unambiguous forms.
 */
import type { Day } from "../periods/day";
import type { RawCell } from "./raw";
import { halfWidthTrimmed } from "./cleanText";
import { NOT_A_DATE, type Parsed } from "./problem";

/** Serial of 1900-01-01 and of 9999-12-31: the dates Excel can hold. */
export const FIRST_SERIAL = 1;
export const LAST_SERIAL = 2958465;

const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01
const FIRST_REAL_SERIAL = 61; // 1900-03-01

/*
 * Year first, four digits, then month and day: the only orders that mean the same to everyone.
 * `11/27/2026` (US, month first) and `27/11/2026` (day first) cannot be told apart in general —
 * 03/04/2026 is March 4 to one typist and 3 April to another — and a two-digit year (`26-11-27`)
 * could be year-month-day or day-month-year. Guessing would silently move sales to the wrong day,
 * so those forms are refused and the person is asked to type the date unambiguously.
 */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil-days algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The Excel serial of a calendar date, or null when the date does not exist or Excel cannot hold it.
 * Excel counts a 29 February 1900 that never was (kept for Lotus 1-2-3 compatibility), so dates
 * before March 1900 are one less than a plain day count from 1899-12-30.
 *
 * @example serialOfDate(2026, 11, 27) === 46353
 */
export function serialOfDate(year: number, month: number, day: number): Day | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  const serial = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  return serial < FIRST_REAL_SERIAL ? serial - 1 : serial;
}

/** Year, month and day of a serial from March 1900 on (earlier serials are not sales dates). */
export function dateOfSerial(serial: Day): { year: number; month: number; day: number } | null {
  if (!Number.isInteger(serial) || serial < FIRST_REAL_SERIAL || serial > LAST_SERIAL) return null;
  // Inverse of daysFromCivil (same algorithm, other direction).
  const z = serial - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
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
    return Math.floor(cell);
  }
  if (typeof cell === "boolean") return NOT_A_DATE;
  const text = halfWidthTrimmed(cell);
  if (text === "") return null;
  const parts = YEAR_FIRST.exec(text);
  const serial = parts
    ? serialOfDate(Number(parts[1]), Number(parts[3]), Number(parts[4]))
    : dateFromChinese(text);
  return serial ?? NOT_A_DATE;
}

function dateFromChinese(text: string): Day | null {
  const parts = CHINESE.exec(text);
  return parts ? serialOfDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}
