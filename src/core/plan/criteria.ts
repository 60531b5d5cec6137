/**
 * Pieces of worksheet formulas: literal criteria for SUMIFS/COUNTIFS, dates, numbers. Only plain
 * `Table[Column]` references are used: LibreOffice cannot evaluate `[#All]`, `[#Data]`, `[#Headers]`
 * or a bare table name (notes/feasibility.md §2).
 */
import type { Day } from "../periods/day";
import { ymdOfDay } from "../periods";

/**
 * A text as an exact-match criterion: wildcards (`*`, `?`, `~`) escaped with `~`, a leading `=`
 * so that text starting with `<`, `>` or `=` is compared, not read as an operator, and `"` doubled.
 *
 * @example exactCriterion('A*B') === '"=A~*B"'
 */
export function exactCriterion(text: string): string {
  return stringLiteral(criterionText(text));
}

/**
 * The exact-match criterion as cell text, for criteria held in helper cells (written as text).
 *
 * @example criterionText("A*B") === "=A~*B"
 */
export function criterionText(text: string): string {
  return `=${text.replace(/[~*?]/g, (ch) => `~${ch}`)}`;
}

/** Criterion that matches an empty cell (Excel and LibreOffice both read `"="` so). */
export const BLANK_CRITERION = '"="';

/** Criterion that matches a non-empty cell. */
export const NON_BLANK_CRITERION = '"<>"';

/** A formula string literal: `He said "hi"` → `"He said ""hi"""`. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `DATE(2026,11,20)`: readable in the formula bar, the same serial in Excel and LibreOffice. */
export function dateFormula(day: Day): string {
  const { year, month, day: dayOfMonth } = ymdOfDay(day);
  return `DATE(${year},${month},${dayOfMonth})`;
}

/** Criteria pairs bounding a date column to [from, to], inclusive. */
export function dateBounds(column: string, from: Day, to: Day): string[] {
  return [column, `">="&${dateFormula(from)}`, column, `"<="&${dateFormula(to)}`];
}

/** A number as formula text, without exponent noise for ordinary factors. */
export function numberLiteral(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** `SUMIFS(sum, c1, v1, …)`, or `COUNTIFS(c1, v1, …)` when `sum` is null. */
export function ifsCall(sum: string | null, pairs: readonly string[]): string {
  return sum === null ? `COUNTIFS(${pairs.join(",")})` : `SUMIFS(${sum},${pairs.join(",")})`;
}
