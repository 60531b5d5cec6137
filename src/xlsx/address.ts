/** A1 addresses ↔ 1-based row/column boxes (exceljs counts rows and columns from 1), over the core's A1. */
import { columnLetter, parseCell as parseCell0 } from "../core/plan/a1";

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A` → 1, `AA` → 27. */
export function columnNumber(letters: string): number {
  return parseCell0(`${letters}1`).column + 1;
}

/** 1 → `A`, 27 → `AA`. */
export function columnLetters(column: number): string {
  return columnLetter(column - 1);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `B3` → {row: 3, column: 2}. */
export function parseCell(address: string): { row: number; column: number } {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** `B3:F20` (or a single cell) → its box. */
export function boxOf(address: string): Box {
  const [first, second] = address.split("!").pop()!.split(":");
  const a = parseCell(first);
  const b = second ? parseCell(second) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeAddress(box: Box): string {
  return `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
}
