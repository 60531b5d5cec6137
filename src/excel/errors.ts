/**
 * Office errors → SalesPaceError: the user gets a sentence they can act on, the Office code and message
 * stay in `detail`. Errors that are already SalesPaceErrors, or are not Office errors at all (bugs),
 * pass through unchanged; nothing is swallowed.
 * Codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import type { ErrorCodeName } from "../core/errors";
import { SalesPaceError } from "../core/errors";

interface OfficeLikeError {
  readonly code: string;
  readonly message: string;
}

function isOfficeError(error: unknown): error is OfficeLikeError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

const SENTENCES: Readonly<Record<string, { code: ErrorCodeName; sentence: string }>> = {
  RequestPayloadSizeLimitExceeded: {
    code: "RequestTooLarge",
    sentence: "Excel refused a request larger than 5 MB while {action}. Try again; if it repeats, report it.",
  },
  ResponsePayloadSizeLimitExceeded: {
    code: "RequestTooLarge",
    sentence: "Excel refused an answer larger than 5 MB while {action}. Try again; if it repeats, report it.",
  },
  AccessDenied: {
    code: "SheetProtected",
    sentence:
      "Excel refused the change while {action}: a sheet or the workbook is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  InvalidOperation: {
    code: "OutputNotWritable",
    sentence:
      "Excel could not make the change while {action}. Finish editing any cell, unprotect the sheet if it is protected, and try again.",
  },
  ItemNotFound: {
    code: "NotSetUp",
    sentence:
      "Something SalesPace needs is no longer in the workbook ({action}). Run “Set up workbook” and try again.",
  },
  ItemAlreadyExists: {
    code: "TableNameTaken",
    sentence:
      "A sheet, table or name that SalesPace creates already exists ({action}). Rename yours and try again.",
  },
  InvalidArgument: {
    code: "BadArgument",
    sentence:
      "Excel rejected a value while {action}. Try again; if it repeats, report it with the details below.",
  },
  ApiNotFound: {
    code: "RequirementSetMissing",
    sentence:
      "This version of Excel lacks a feature needed for {action}. Update Office or use Excel on the web.",
  },
  // Codes from the error list linked above; InvalidOperationInCellEditMode is the code Excel reports while
  // someone edits a cell (OfficeDev/office-js#625, #3388). Runs wait for edit mode to end
  // (`delayForCellEdit`, session.ts), so this one shows only where that option is not honoured.
  InvalidOperationInCellEditMode: {
    code: "CellEditing",
    sentence:
      "Excel is waiting for a cell to be finished while {action}. Press Enter or Esc to leave the cell you are typing in, then try again.",
  },
  ActivityLimitReached: {
    code: "ExcelBusy",
    sentence:
      "Excel is busy with too many requests while {action}. Wait a minute, then try again; nothing was lost.",
  },
  MergedRangeConflict: {
    code: "RangeConflict",
    sentence:
      "Excel could not place a table while {action}: merged cells, another table or a PivotTable are in the way. Unmerge or move them, then try again.",
  },
  PivotTableRangeConflict: {
    code: "PivotInTheWay",
    sentence:
      "A PivotTable is in the way while {action}. Move or remove the PivotTable that overlaps the cells SalesPace writes, then try again.",
  },
  FormulaLengthExceedsLimit: {
    code: "FormulaTooLong",
    sentence:
      "A formula was too long for Excel while {action}. Choose a shorter period or fewer spellings of the names, then try again; if it repeats, report it.",
  },
  RangeExceedsLimit: {
    code: "RequestTooLarge",
    sentence: "A range was too large for Excel while {action}. Try again; if it repeats, report it.",
  },
};

/**
 * The error to throw for `error` raised while doing `action` (“reading DailyReport”).
 *
 * @example throw toSalesPaceError(e, "setting up the workbook")
 */
export function toSalesPaceError(error: unknown, action: string): unknown {
  if (error instanceof SalesPaceError || !isOfficeError(error)) return error;
  const known = SENTENCES[error.code];
  const detail = `${error.code}: ${error.message}`;
  if (!known) {
    return new SalesPaceError(
      "OutputNotWritable",
      `Excel reported an error while ${action}. Try again; if it repeats, report it with the details below.`,
      detail,
      { action },
    );
  }
  return new SalesPaceError(known.code, known.sentence.replace("{action}", action), detail, { action });
}

/** Tells whether an Office error is Excel's payload limit (the reader retries with smaller chunks). */
export function isPayloadLimit(error: unknown): boolean {
  return (
    isOfficeError(error) &&
    (error.code === "RequestPayloadSizeLimitExceeded" || error.code === "ResponsePayloadSizeLimitExceeded")
  );
}
