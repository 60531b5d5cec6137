/**
 * Why a cell could not be read. Parsers return a `CellProblem` instead of throwing: findings about
 * people's data are values, and most problems are shared constants so a bad column costs no allocation.
 */

/** The message-key suffix of each problem: `finding.E02.<reason>` or `finding.E03.enum`. */
export type ProblemReason =
  "date" | "time" | "number" | "negative" | "whole" | "yesNo" | "errorValue" | "enum";

/** A cell that could not be read, and why; becomes one E02/E03 finding. */
export class CellProblem {
  constructor(
    readonly reason: ProblemReason,
    /** A value the person could type instead (enumerations), else null. */
    readonly suggestion: string | null = null,
  ) {}
}

/** Shared problems that carry nothing cell-specific. */
export const NOT_A_DATE = new CellProblem("date");
export const NOT_A_TIME = new CellProblem("time");
export const NOT_A_NUMBER = new CellProblem("number");
export const NEGATIVE = new CellProblem("negative");
export const NOT_WHOLE = new CellProblem("whole");
export const NOT_YES_NO = new CellProblem("yesNo");
export const ERROR_VALUE = new CellProblem("errorValue");

/** What a parser gives for one cell: a value, null for an empty cell, or the reason it is unreadable. */
export type Parsed<T> = T | null | CellProblem;
