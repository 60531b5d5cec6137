/**
 * exceljs cell values → the values Office.js `Range.values` would give (RawCell): dates as serial
 * numbers, rich text as plain text, formulas as their cached result, errors as "#N/A"-style strings,
 * empty as "".
 */
import type { Cell, CellValue as ExcelCellValue } from "exceljs";
import type { RawCell } from "../core/read/raw";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 (Excel's 1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** exceljs turns date-formatted numbers into JS Dates at midnight UTC; Excel keeps the serial. */
export function serialOfDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The RawCell for one exceljs cell value. */
export function rawCellOf(value: ExcelCellValue | undefined): RawCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (value instanceof Date) return serialOfDate(value);
  if (!isRecord(value)) return String(value);
  if ("error" in value) return String(value.error);
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: string }) => run.text ?? "").join("");
  }
  if ("formula" in value || "sharedFormula" in value) {
    return rawCellOf(value.result as ExcelCellValue | undefined);
  }
  if ("hyperlink" in value && "text" in value) {
    return rawCellOf(value.text as ExcelCellValue);
  }
  return "";
}

/**
 * The RawCell of an in-memory cell. A formula's result is taken from `cell.result`: exceljs's
 * `cell.value` leaves out a result that is 0, false or "" (it copies only truthy fields).
 */
export function rawCellOfCell(cell: Cell): RawCell {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return rawCellOf((cell.result ?? null) as ExcelCellValue);
  }
  return rawCellOf(value);
}
