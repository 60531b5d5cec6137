/**
 * Every formula the double is given — cell formulas, defined names, conditional formats, validation
 * sources — is checked the way Excel would refuse it, so a formula that Excel would not take (or that
 * could only show an error) fails the test that wrote it, with the error code Office.js throws.
 *
 * - Length: formula contents are limited to 8,192 characters, and functions to 64 nested levels
 *   ("Excel specifications and limits",
 *   https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 *   Office.js reports an over-long formula as `FormulaLengthExceedsLimit`
 *   (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - Structured references must name an existing table and existing columns of it; column names compare
 *   without regard to case, after removing the `'` escapes; special items are #All, #Data, #Headers,
 *   #Totals and #This Row (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 *   Excel refuses a formula naming a table column that does not exist ("There's a problem with this
 *   formula"); through the API that is `InvalidArgument` (same error-handling page: "The argument is
 *   invalid or missing or has an incorrect format").
 * - A sheet-qualified reference must name an existing sheet: Excel would take an unknown sheet for a
 *   link to another workbook, which an add-in never means.
 * - A name must be a defined name or a table: Excel would show #NAME? (stricter here on purpose).
 * - A function must be one Excel has (excel-functions.ts); unknown ones would show #NAME?.
 *
 * Text written through `Range.values` that starts with `=` is people's text the add-in copies, not a
 * formula it means: there the double refuses only what Excel itself refuses (length, syntax, nesting,
 * references to missing tables, columns or sheets). An unknown name or function is taken as Excel
 * takes it — the cell becomes a formula showing #NAME? — so a test can see the text was lost.
 */
import type { WorkbookState } from "./workbook-state";
import { officeError } from "./errors";
import { isExcelFunction } from "./excel-functions";
import { FormulaSyntaxError, type StructuredItem, tokenize } from "./formula-tokens";

export const FORMULA_LENGTH_LIMIT = 8_192;
export const NESTING_LIMIT = 64;

const SPECIAL_ITEMS = new Set(["#all", "#data", "#headers", "#totals", "#this row"]);
const BOOLEANS = new Set(["true", "false"]);

function refuse(formula: string, why: string): never {
  const shown = formula.length > 80 ? `${formula.slice(0, 80)}…` : formula;
  throw officeError("InvalidArgument", `Excel refuses the formula ${shown}: ${why}`);
}

function checkStructured(
  book: WorkbookState,
  formula: string,
  table: string | null,
  items: readonly StructuredItem[],
): void {
  if (table === null)
    refuse(formula, "a [@Column] reference without a table name works only inside that table.");
  const found = book.table(table);
  if (!found) refuse(formula, `there is no table named ${table}.`);
  const headers = new Set(book.headers(found).map((h) => String(h).toLowerCase()));
  for (const item of items) {
    if (item.kind === "special") {
      if (!SPECIAL_ITEMS.has(item.item.toLowerCase().replace(/\s+/g, " ")))
        refuse(formula, `${item.item} is not a special item of a table.`);
    } else if (!headers.has(item.column.toLowerCase())) {
      refuse(formula, `table ${found.name} has no column "${item.column}".`);
    }
  }
}

/** `formula`: what the add-in writes as a formula; `typed`: text written as a value that Excel parses. */
export type FormulaSource = "formula" | "typed";

/**
 * Checks one formula (text starting with `=`) against the workbook as it is now.
 * @throws OfficeErrorDouble `FormulaLengthExceedsLimit` over 8,192 characters; `InvalidArgument` for
 *   anything else Excel would refuse (syntax, nesting, unknown function, table, column, sheet or name).
 */
export function checkFormula(book: WorkbookState, formula: string, source: FormulaSource = "formula"): void {
  const strict = source === "formula";
  if (formula.length > FORMULA_LENGTH_LIMIT) {
    throw officeError(
      "FormulaLengthExceedsLimit",
      `The formula is ${formula.length} characters long; Excel allows ${FORMULA_LENGTH_LIMIT}.`,
    );
  }
  let tokens;
  try {
    tokens = tokenize(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) refuse(formula, error.message);
    throw error;
  }
  let depth = 0;
  for (const token of tokens) {
    switch (token.kind) {
      case "open":
        if (++depth > NESTING_LIMIT) refuse(formula, `more than ${NESTING_LIMIT} nested levels.`);
        break;
      case "close":
        if (--depth < 0) refuse(formula, "a ) has no (.");
        break;
      case "function":
        if (strict && !isExcelFunction(token.name)) refuse(formula, `Excel has no function ${token.name}.`);
        break;
      case "structured":
        checkStructured(book, formula, token.table, token.items);
        break;
      case "sheet":
        if (!book.sheet(token.name)) refuse(formula, `there is no sheet named "${token.name}".`);
        break;
      case "name":
        if (
          strict &&
          !BOOLEANS.has(token.name.toLowerCase()) &&
          !book.names.has(token.name.toLowerCase()) &&
          !book.table(token.name)
        )
          refuse(formula, `${token.name} is not a defined name or a table.`);
        break;
      default:
        break;
    }
  }
  if (depth !== 0) refuse(formula, "a ( is not closed.");
}

/** Checks a value given to a formula-taking property: only text starting with `=` is a formula. */
export function checkIfFormula(book: WorkbookState, value: unknown): void {
  if (typeof value === "string" && value.startsWith("=")) checkFormula(book, value);
}
