/**
 * Free text, list references and target periods: strings, cleaned only as far as is safe.
 */
import type { RawCell } from "./raw";
import { halfWidthTrimmed } from "./cleanText";
import { ymdOfDay } from "../periods/day";
import { LAST_SERIAL } from "./date";
import type { Parsed } from "./problem";

/** A number or boolean as Excel would show it in a General cell. */
function shown(cell: number | boolean): string {
  return typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
}

/**
 * Reads a text cell: trimmed, otherwise as typed (an ID typed as 1001 reads as "1001").
 * List references read the same way; matching them against the lists is lists/' job.
 */
export function parseText(cell: RawCell): Parsed<string> {
  if (typeof cell !== "string") return shown(cell);
  const text = cell.trim();
  return text === "" ? null : text;
}

/**
 * Reads a reference to a master list exactly as typed (only an all-blank cell is empty). Surrounding
 * spaces are kept on purpose: Excel's lookups and the scorecard's SUMIFS do not ignore them, so
 * lists/ resolves such a value as a variant of the entry and validation suggests the clean name (E03).
 */
export function parseListRef(cell: RawCell): Parsed<string> {
  if (typeof cell !== "string") return shown(cell);
  return cell.trim() === "" ? null : cell;
}

const FIRST_OF_MARCH_1900 = 61;
const PERIOD_LETTERS = /[qw]/g;

/**
 * Reads a target period as text for periods/ to parse: half-width, trimmed, `q`/`w` upper-cased.
 * Excel turns a typed `2026-11` into the date 2026-11-01 unless the cell is formatted as text, so a
 * first-of-month serial reads as that month; a number between 1000 and 9999 is a year.
 *
 * @example parsePeriod(" ２０２６-q4 ") === "2026-Q4"
 */
export function parsePeriod(cell: RawCell): Parsed<string> {
  if (typeof cell === "boolean") return shown(cell);
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return String(cell);
    if (Number.isInteger(cell) && cell >= FIRST_OF_MARCH_1900 && cell <= LAST_SERIAL) {
      const date = ymdOfDay(cell);
      if (date.day === 1) return `${date.year}-${date.month < 10 ? "0" : ""}${date.month}`;
    }
    return String(cell);
  }
  const text = halfWidthTrimmed(cell);
  return text === "" ? null : text.replace(PERIOD_LETTERS, (letter) => letter.toUpperCase());
}
