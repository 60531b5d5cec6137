/**
 * Column widths that fit what a sheet holds (SPEC §1.7 "sensible widths"): Excel measures a width in
 * characters of its default font's digits, and an East Asian wide character (汉字, full-width forms)
 * takes about two of them, so a store name like 上海市浦东新区联华超市 needs twice its length.
 */
import type { CellValue, OwnedTablePlan, RangeWrite } from "./types";
import { parseCell } from "./a1";

/** Widest a fitted column gets; longer text wraps or is cut at the cell edge, as people expect. */
export const MAX_FITTED_WIDTH = 60;
/** Room for the cell's padding and a filter button. */
const PADDING = 2;
/** Rows of a table looked at: a facts table of 400,000 rows fits the same as its first few hundred. */
const SAMPLE_ROWS = 500;

/** True for East Asian wide and full-width characters (Unicode East_Asian_Width W or F). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * How many digit widths a text takes: two for each wide character, one for the rest.
 *
 * @example displayWidth("华联超市 A") === 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** The width a value takes as its number format shows it (grouped digits, decimals, percent, date). */
function valueWidth(value: CellValue, format: string): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return 5;
  if (typeof value === "string") return Math.max(...value.split("\n").map(displayWidth));
  if (/y/.test(format)) return format.length;
  if (/%/.test(format)) return (value * 100).toFixed(1).length + 1;
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  const digits = Math.abs(value).toFixed(decimals);
  const whole = digits.split(".")[0].length;
  return digits.length + Math.floor((whole - 1) / 3) + (value < 0 ? 1 : 0);
}

const formatAt = (write: RangeWrite, r: number, c: number): string =>
  typeof write.numberFormat === "string" ? write.numberFormat : (write.numberFormat?.[r]?.[c] ?? "General");

/**
 * Widths for a sheet's columns: at least `given` (the plan's own minimum per column), wide enough for
 * every header and value written there, at most MAX_FITTED_WIDTH. Titles, subtitles and notes are left
 * out: they run over the empty cells to their right.
 *
 * @example fitColumnWidths([10], [cellWrite("A4", "上海市浦东新区联华超市", "body")], []) // [24]
 */
export function fitColumnWidths(
  given: readonly number[],
  writes: readonly RangeWrite[],
  tables: readonly OwnedTablePlan[],
): number[] {
  const widths = [...given];
  const fit = (column: number, width: number): void => {
    const wanted = Math.min(MAX_FITTED_WIDTH, width + PADDING);
    while (widths.length <= column) widths.push(0);
    if (width > 0 && wanted > widths[column]) widths[column] = wanted;
  };
  for (const write of writes) {
    if (write.style === "title" || write.style === "subtitle" || write.style === "note") continue;
    const left = parseCell(write.address.split(":")[0]).column;
    write.values.forEach((row, r) =>
      row.forEach((value, c) => fit(left + c, valueWidth(value, formatAt(write, r, c)))),
    );
  }
  for (const table of tables) {
    const left = parseCell(table.headerAddress.split(":")[0]).column;
    table.headers.forEach((header, c) => fit(left + c, displayWidth(header) + 2));
    for (const row of table.rows.slice(0, SAMPLE_ROWS))
      row.forEach((value, c) => fit(left + c, valueWidth(value, table.numberFormats[c] ?? "General")));
  }
  return widths.map((w) => (w === 0 ? 8.43 : w));
}
