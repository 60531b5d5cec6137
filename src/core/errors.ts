/**
 * Broken preconditions (a table missing, a column renamed, a requirement set absent…) are thrown as
 * `SalesPaceError`: a stable code for programs and tests, a sentence a user can act on, and optional
 * technical detail kept apart from that sentence (shown behind "details" in the task pane).
 */

export type ErrorCodeName =
  | "TableMissing"
  | "ColumnMissing"
  | "SheetNameTaken"
  | "TableNameTaken"
  | "NotAWorkbook"
  | "WorkbookProtected"
  | "SheetProtected"
  | "RequirementSetMissing"
  | "RequestTooLarge"
  | "SyncTimeout"
  | "BadArgument"
  | "BadPeriod"
  | "NoTarget"
  | "OutputNotWritable"
  | "Cancelled"
  | "NotSetUp"
  | "CellEditing"
  | "ExcelBusy"
  | "RangeConflict"
  | "PivotInTheWay"
  | "FormulaTooLong"
  | "TableDidNotGrow"
  | "RibbonTimeLimit"
  | "CellChanged";

import { type MessageKey, translate } from "./i18n";

export class SalesPaceError extends Error {
  /**
   * @param code    stable identifier, e.g. `ColumnMissing`
   * @param message one sentence that names the sheet/table/column and says what to do
   * @param detail  technical detail for the "details" disclosure (never shown instead of `message`)
   * @param args    the names in the sentence (table, column, sheet…), so the UI can say it in Chinese too;
   *                a list of names (the sheets written before a cancel) is said as the language lists
   * @param messageKey the sentence's key in the catalogue, when the whole sentence exists in both languages
   */
  constructor(
    readonly code: ErrorCodeName,
    message: string,
    readonly detail?: string,
    readonly args: Readonly<Record<string, string | readonly string[]>> = {},
    readonly messageKey?: MessageKey,
  ) {
    super(message);
    this.name = "SalesPaceError";
  }
}

/** True when `error` is a SalesPaceError (optionally of the given code). */
export function isSalesPaceError(error: unknown, code?: ErrorCodeName): error is SalesPaceError {
  return error instanceof SalesPaceError && (code === undefined || error.code === code);
}

/**
 * A SalesPaceError whose sentence comes from the catalogue, so the pane and the CLI can say it in
 * either language; the message is the English sentence.
 *
 * @example throw localizedError("BadArgument", "split.unitNotPositive")
 */
export function localizedError(
  code: ErrorCodeName,
  key: MessageKey,
  args: Readonly<Record<string, string>> = {},
): SalesPaceError {
  return new SalesPaceError(code, translate("en", key, args), undefined, args, key);
}
