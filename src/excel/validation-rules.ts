/**
 * Plan validation → Office.js data validation. Rules warn rather than stop, because SPEC §1.1 accepts an
 * ID typed instead of a name, and paste bypasses Excel's check anyway (Validate is the real check).
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 */
import type { ColumnPlan, ValidationPlan } from "../core/plan/types";

/** Excel's input-message dialog takes a title of ≤ 32 and a message of ≤ 255 characters. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;

export function dataValidationRule(validation: ValidationPlan): Excel.DataValidationRule {
  switch (validation.type) {
    case "list":
      return { list: { inCellDropDown: true, source: validation.source } };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
    case "time":
      return { time: { formula1: "00:00:00", formula2: "23:59:59", operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: validation.min, operator: "GreaterThanOrEqualTo" } };
    case "wholeNumber":
      return { wholeNumber: { formula1: validation.min, operator: "GreaterThanOrEqualTo" } };
  }
}

export function prompt(column: ColumnPlan): Excel.DataValidationPrompt {
  return {
    showPrompt: true,
    title: column.inputMessage.title.slice(0, PROMPT_TITLE_MAX),
    message: column.inputMessage.message.slice(0, PROMPT_MESSAGE_MAX),
  };
}

export function errorAlert(column: ColumnPlan): Excel.DataValidationErrorAlert {
  return {
    showAlert: true,
    style: "Warning",
    title: column.inputMessage.title.slice(0, PROMPT_TITLE_MAX),
    message: column.inputMessage.message.slice(0, PROMPT_MESSAGE_MAX),
  };
}

/** Column width in Excel characters → points (Office.js `format.columnWidth`), for Calibri 11 (7 px a digit). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
