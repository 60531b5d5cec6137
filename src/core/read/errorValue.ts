/**
 * Excel error values. Office.js `Range.values` hands them over as their text (`#N/A`…), so a cell
 * holding one is indistinguishable from that text typed in; either way it is not a usable value.
 */

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

const HASH = 0x23;

/** True when `cell` is one of Excel's error values. Cheap for ordinary cells (one character test). */
export function isExcelError(cell: unknown): cell is string {
  return typeof cell === "string" && cell.charCodeAt(0) === HASH && EXCEL_ERRORS.has(cell);
}
