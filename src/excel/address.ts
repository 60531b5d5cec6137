/** A1 addresses as Excel returns them (`'Daily Report'!A1:S400001`) and as plans give them (`B3:F20`). */
import { cell, parseCell } from "../core/plan/a1";

export { columnLetter as columnName, quoteSheet } from "../core/plan/a1";

export interface CellBlock {
  /** 0-based first row and column. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** `Sheet!B3:F20`, `B3:F20` or `B3` → the block (the sheet part is dropped). */
export function parseBlock(address: string): CellBlock {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [first, last] = local.split(":");
  const a = parseCell(first);
  const b = last === undefined ? a : parseCell(last);
  return { row: a.row - 1, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

/** The block → `B3:F20` (`B3` for one cell). */
export function blockAddress(block: CellBlock): string {
  const start = cell(block.row + 1, block.column);
  if (block.rows === 1 && block.columns === 1) return start;
  return `${start}:${cell(block.row + block.rows, block.column + block.columns - 1)}`;
}
