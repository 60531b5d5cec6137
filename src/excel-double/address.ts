/**
 * A1 addresses for the Excel double. Independent of src/excel on purpose: the double must not share
 * the adapter's parsing, or a bug in one would hide in the other.
 */
import { officeError } from "./errors";

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!match) throw officeError("InvalidArgument", `The address "${text}" is not valid.`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) {
    throw officeError("InvalidArgument", `The address "${text}" is outside the grid.`);
  }
  return { row: row - 1, column: column - 1 };
}

/** `B3:F20` or `B3` (an optional `Sheet!` prefix is ignored) → Rect. */
export function parseRect(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = local.split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Rect → `B3:F20` (a single cell as `B3`), optionally sheet-qualified like Excel's `Range.address`. */
export function formatRect(rect: Rect, sheet?: string): string {
  const start = `${columnLetters(rect.left)}${rect.top + 1}`;
  const end = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  const local = start === end ? start : `${start}:${end}`;
  if (sheet === undefined) return local;
  // Range.address quotes sheet names that are not plain identifiers, e.g. 'Daily Report'!A1:S2.
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${local}`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
