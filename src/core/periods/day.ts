/**
 * A calendar day as an Excel serial number (days since 1899-12-30; 2026-11-27 is 46353).
 * Integers only. Using Excel's own serial keeps dates identical in core, formulas and cells.
 */
export type Day = number;

/** Serial of 1970-01-01: the civil-date arithmetic below counts from there. */
const UNIX_EPOCH_SERIAL = 25569;

/** A civil date: year, month 1–12, day of month 1–31. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Civil-date arithmetic on the proleptic Gregorian calendar (days since 1970-01-01), in eras of
// 400 years so it needs no Date object and no time zone. Excel's fictitious 1900-02-29 (serial 60)
// is ignored: SalesPace never handles dates before March 1900.

/**
 * The Day of a civil date.
 *
 * @example dayFromYmd(2026, 11, 27) === 46353
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + UNIX_EPOCH_SERIAL;
}

/**
 * The civil date of a Day.
 *
 * @example ymdOfDay(46353) // { year: 2026, month: 11, day: 27 }
 */
export function ymdOfDay(serial: Day): Ymd {
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
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** True when year/month/day name a real date (no 2026-02-30). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Number of days in a month (28–31). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
 *
 * @example weekdayOf(dayFromYmd(2026, 11, 27)) === 5 // a Friday
 */
export function weekdayOf(serial: Day): number {
  // Serial 2 (1900-01-01) was a Monday.
  return ((((serial - 2) % 7) + 7) % 7) + 1;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The Day of an ISO date text `YYYY-MM-DD`, or null when it is not one or names an impossible date.
 *
 * @example dayFromIso("2026-11-27") === 46353; dayFromIso("2026-02-30") === null
 */
export function dayFromIso(iso: string): Day | null {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : null;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * ISO text `YYYY-MM-DD` of a Day.
 *
 * @example isoOfDay(46353) === "2026-11-27"
 */
export function isoOfDay(serial: Day): string {
  const { year, month, day } = ymdOfDay(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
