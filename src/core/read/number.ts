/**
 * Number, money and count cells. Excel hands a real number over as a number; amounts typed as
 * text are read with the decorations people add: full-width digits, thousands separators, `¥`/`￥`
 * and a trailing `元`.
 */
import type { RawCell } from "./raw";
import { halfWidthTrimmed } from "./cleanText";
import { NEGATIVE, NOT_A_NUMBER, NOT_WHOLE, type Parsed } from "./problem";

/** Sign, currency sign (either side of the sign), digits grouped by commas or not, decimals, 元. */
const AMOUNT = /^([+-]?)\s*[¥￥]?\s*([+-]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*元?$/;
const THOUSANDS = /,/g;

/**
 * Reads a number cell (may be negative, e.g. a gross margin or a target).
 *
 * @example parseNumber("￥1,234.50") === 1234.5
 * @example parseNumber("－２０元") === -20
 */
export function parseNumber(cell: RawCell): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NOT_A_NUMBER;
  if (typeof cell === "boolean") return NOT_A_NUMBER;
  const text = halfWidthTrimmed(cell);
  if (text === "") return null;
  const parts = AMOUNT.exec(text);
  if (!parts || (parts[1] !== "" && parts[2] !== "")) return NOT_A_NUMBER;
  const magnitude = Number(parts[3].replace(THOUSANDS, ""));
  if (!Number.isFinite(magnitude)) return NOT_A_NUMBER;
  return parts[1] === "-" || parts[2] === "-" ? -magnitude : magnitude;
}

/** Reads an amount of money: a number that may not be negative. */
export function parseMoney(cell: RawCell): Parsed<number> {
  const value = parseNumber(cell);
  if (typeof value !== "number") return value;
  if (value < 0) return NEGATIVE;
  return value === 0 ? 0 : value; // -0 reads as 0
}

/** Reads a count: a whole number that may not be negative. */
export function parseCount(cell: RawCell): Parsed<number> {
  const value = parseMoney(cell);
  if (typeof value !== "number") return value;
  return Number.isInteger(value) ? value : NOT_WHOLE;
}
