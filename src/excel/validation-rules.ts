/**
 * Plan validation → Office.js data validation: the rule, its alert style and texts all come from the plan
 * (the .xlsx adapter applies the same plan). https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 */
import type { ColumnPlan, ValidationPlan } from "../core/plan/types";

export function dataValidationRule(validation: ValidationPlan): Excel.DataValidationRule {
  switch (validation.type) {
    case "list":
      return { list: { inCellDropDown: true, source: validation.source } };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
    case "time":
      return { time: { formula1: "00:00:00", formula2: "23:59:59", operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: validation.min, operator: "GreaterThanOrEqualTo" } };
    case "wholeNumber":
      return { wholeNumber: { formula1: validation.min, operator: "GreaterThanOrEqualTo" } };
  }
}

export function prompt(column: ColumnPlan): Excel.DataValidationPrompt {
  return { showPrompt: true, ...column.inputMessage };
}

export function errorAlert(column: ColumnPlan, validation: ValidationPlan): Excel.DataValidationErrorAlert {
  const style = validation.alert === "stop" ? "Stop" : "Warning";
  const text = column.errorMessage ?? column.inputMessage;
  return { showAlert: true, style, title: text.title, message: text.message };
}

/** Column width in Excel characters → points (Office.js `format.columnWidth`), for Calibri 11 (7 px a digit). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
