/**
 * Template tables inside an in-memory exceljs workbook: find them by name, read them as RawTables,
 * append rows below them (growing the table, its validation and its number formats).
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../core/plan/types";
import type { RawCell, RawTable } from "../core/read/raw";
import type { TableName } from "../core/schema/types";
import { rawCellOfCell } from "./cellValue";
import { type Box, boxOf, cellAddress, rangeAddress } from "./address";
import { extendValidationDown } from "./validationRanges";

/** The parts of exceljs's table model that SalesPace reads and updates. */
export interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string }[];
}

export interface LocatedTable {
  readonly name: string;
  readonly sheet: Worksheet;
  readonly model: TableModel;
  readonly box: Box;
}

/** Every Excel table in the workbook. */
export function listTables(workbook: Workbook): LocatedTable[] {
  const found: LocatedTable[] = [];
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables()) {
      const model = (table as unknown as { table: TableModel }).table;
      found.push({ name: model.name, sheet, model, box: boxOf(model.tableRef) });
    }
  }
  return found;
}

/** The table of that name (Excel compares table names case-insensitively), or null. */
export function findTable(workbook: Workbook, name: string): LocatedTable | null {
  const wanted = name.toLowerCase();
  return listTables(workbook).find((t) => t.name.toLowerCase() === wanted) ?? null;
}

function rowCells(sheet: Worksheet, row: number, box: Box): RawCell[] {
  const cells: RawCell[] = [];
  const r = sheet.getRow(row);
  for (let c = box.left; c <= box.right; c++) cells.push(rawCellOfCell(r.getCell(c)));
  return cells;
}

const isBlank = (cells: readonly RawCell[]): boolean => cells.every((v) => v === "");

/** Number of data rows, leaving out blank rows at the bottom (a fresh table has one blank placeholder). */
export function filledRowCount(table: LocatedTable): number {
  let bottom = table.box.bottom;
  while (bottom > table.box.top && isBlank(rowCells(table.sheet, bottom, table.box))) bottom--;
  return bottom - table.box.top;
}

/** A table's header cells as text. */
export function headerCells(table: LocatedTable): string[] {
  return rowCells(table.sheet, table.box.top, table.box).map(String);
}

/** A table's header and data rows as Office.js `values` would give them (blank rows at the bottom left out). */
export function readRawTable(table: LocatedTable, as: TableName): RawTable {
  const { box, sheet } = table;
  const count = filledRowCount(table);
  const rows: RawCell[][] = [];
  for (let i = 1; i <= count; i++) rows.push(rowCells(sheet, box.top + i, box));
  return {
    table: as,
    sheet: sheet.name,
    headerRow: box.top,
    firstColumn: box.left - 1,
    headers: rowCells(sheet, box.top, box),
    rows,
  };
}

/**
 * Writes `rows` below the table's last filled row and grows the table over them. Cells take the
 * number format of the cell above; the column's data validation is extended down.
 */
export function appendToTable(table: LocatedTable, rows: readonly (readonly CellValue[])[]): void {
  if (rows.length === 0) return;
  const { box, sheet, model } = table;
  const width = box.right - box.left + 1;
  const firstNew = box.top + filledRowCount(table) + 1;
  const styleRow = Math.max(firstNew - 1, box.top + 1);
  const formats: (string | undefined)[] = [];
  for (let c = 0; c < width; c++) formats.push(sheet.getRow(styleRow).getCell(box.left + c).numFmt);
  rows.forEach((values, i) => {
    const row = sheet.getRow(firstNew + i);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(box.left + c);
      const value = values[c];
      cell.value = value === undefined || value === "" ? null : value;
      const format = formats[c];
      if (format) cell.numFmt = format;
    }
  });
  const lastRow = Math.max(box.bottom, firstNew + rows.length - 1);
  extendValidationDown(sheet, { ...box, top: box.top + 1 }, lastRow);
  model.tableRef = rangeAddress({ ...box, bottom: lastRow });
  if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
}

/** The address of a table's first data cell in a column (for error messages and selection). */
export function dataCellAddress(table: LocatedTable, columnIndex: number): string {
  return cellAddress(table.box.top + 1, table.box.left + columnIndex);
}
