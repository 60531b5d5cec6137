/**
 * Time-of-day cells → "HH:MM". Excel hands a real time over as a fraction of a day; typed text is
 * read in the 24-hour forms people use (`9:30`, `09:30:00`, `9点30`).
 */
import type { RawCell } from "./raw";
import { halfWidthTrimmed } from "./cleanText";
import { NOT_A_TIME, type Parsed } from "./problem";

const MINUTES_PER_DAY = 1440;
/** Floating-point slack: 9:30 is stored as 0.39583333…, whose ×1440 may land a hair under 570. */
const SLACK = 1e-6;

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const CHINESE = /^(\d{1,2})\s*[点點时時]\s*(?:(\d{1,2})\s*分?|(半))?$/;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function clock(hours: number, minutes: number): string | null {
  return hours <= 23 && minutes <= 59 ? `${two(hours)}:${two(minutes)}` : null;
}

/**
 * Reads a time cell: a day fraction 0 ≤ x < 1 (seconds are dropped, as an `hh:mm` format shows
 * them) or text `9:30`, `09:30`, `09:30:00`, `9点30`, `9点30分`, `9点`, `9点半`.
 *
 * @example parseTime(0.5) === "12:00"
 * @example parseTime("9点30") === "09:30"
 */
export function parseTime(cell: RawCell): Parsed<string> {
  if (typeof cell === "number") {
    if (!(cell >= 0 && cell < 1)) return NOT_A_TIME;
    const minutes = Math.min(Math.floor(cell * MINUTES_PER_DAY + SLACK), MINUTES_PER_DAY - 1);
    return clock(Math.floor(minutes / 60), minutes % 60) ?? NOT_A_TIME;
  }
  if (typeof cell === "boolean") return NOT_A_TIME;
  const text = halfWidthTrimmed(cell);
  if (text === "") return null;
  const typed = CLOCK.exec(text);
  if (typed) {
    if (typed[3] !== undefined && Number(typed[3]) > 59) return NOT_A_TIME;
    return clock(Number(typed[1]), Number(typed[2])) ?? NOT_A_TIME;
  }
  const spoken = CHINESE.exec(text);
  if (spoken) {
    const minutes = spoken[3] !== undefined ? 30 : spoken[2] !== undefined ? Number(spoken[2]) : 0;
    return clock(Number(spoken[1]), minutes) ?? NOT_A_TIME;
  }
  return NOT_A_TIME;
}
