/**
 * Data validation over ranges in exceljs. exceljs keeps validations in a map keyed by address; a
 * key may be a range (`C2:C500`) when we add it, but a file it loads has every range expanded to one
 * key per cell. Both forms are looked up here.
 */
import type { DataValidation, Worksheet } from "exceljs";
import { type Box, boxOf, cellAddress, columnLetters } from "./address";

type ValidationMap = Record<string, DataValidation | undefined>;

function modelOf(sheet: Worksheet): ValidationMap {
  return (sheet as unknown as { dataValidations: { model: ValidationMap } }).dataValidations.model;
}

/** The validation that covers one cell, or null. */
export function validationAt(sheet: Worksheet, row: number, column: number): DataValidation | null {
  const model = modelOf(sheet);
  const direct = model[cellAddress(row, column)];
  if (direct) return direct;
  for (const [address, validation] of Object.entries(model)) {
    if (!validation || !address.includes(":")) continue;
    const box = boxOf(address);
    if (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right) return validation;
  }
  return null;
}

/** Puts one validation on a whole range (one key, so it is written as one `sqref`). */
export function setValidation(sheet: Worksheet, box: Box, validation: DataValidation): void {
  const key =
    box.top === box.bottom && box.left === box.right
      ? cellAddress(box.top, box.left)
      : `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
  modelOf(sheet)[key] = validation;
}

/** For each column of `body`, copies the validation of its last row down to `lastRow`. */
export function extendValidationDown(sheet: Worksheet, body: Box, lastRow: number): void {
  if (lastRow <= body.bottom) return;
  for (let column = body.left; column <= body.right; column++) {
    const validation = validationAt(sheet, body.bottom, column);
    if (!validation) continue;
    const letters = columnLetters(column);
    modelOf(sheet)[`${letters}${body.bottom + 1}:${letters}${lastRow}`] = validation;
  }
}
