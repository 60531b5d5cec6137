import { toHalfWidth } from "../core/text/fold";

/**
 * A number as typed in a field (full-width digits and thousands separators allowed); NaN when the text
 * is blank or not a number, so a check on it flags the field instead of reading it as 0.
 */
export function typedNumber(text: string): number {
  const trimmed = toHalfWidth(text).trim().replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN;
}
