/**
 * The bridge from the Excel double to a real spreadsheet engine: saves the double's workbook — every
 * sheet's values and formulas, its tables (name, place, headers, rows) and its defined names — as an
 * .xlsx that LibreOffice can open and recalculate (tests/support/libreoffice.ts). So the formulas the
 * add-in writes through Office.js are computed by a real engine too, not only stored by the double.
 *
 * Formula cells carry no cached value (the double does not compute), so LibreOffice calculates them
 * on load whatever its recalculation setting. Conditional formats, validation, charts and PivotTables
 * are left out: they compute nothing a figure depends on. Optionally a check sheet lists each
 * dropdown name with `=ROWS(name)`, so the engine shows whether the name resolves.
 */
import ExcelJS from "exceljs";
import { keepFormulaNames } from "../../src/xlsx/definedNames";
import { type Rect, columnLetters, formatRect } from "../../src/excel-double/address";
import type { SheetState, WorkbookState } from "../../src/excel-double";
import { fileFormula } from "../../src/xlsx/formulaText";

/** The sheet the name check goes on, and the names it checks. */
export const NAME_CHECK_SHEET = "SP_NameCheck";

function inside(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Every cell of the sheet that holds a value or a formula, outside `skip` (the tables). */
function writeCells(sheet: SheetState, target: ExcelJS.Worksheet, skip: readonly Rect[]): void {
  const used = sheet.usedRect();
  if (!used) return;
  for (let r = used.top; r <= used.bottom; r++) {
    for (let c = used.left; c <= used.right; c++) {
      if (skip.some((rect) => inside(rect, r, c))) continue;
      const formula = sheet.formula(r, c);
      const cell = target.getCell(cellAddress(r, c));
      if (formula !== undefined) cell.value = { formula: fileFormula(formula) } as ExcelJS.CellFormulaValue;
      else if (sheet.value(r, c) !== "") cell.value = sheet.value(r, c);
    }
  }
}

/**
 * Writes `book` to `path` as .xlsx. With `checkNames`, a sheet SP_NameCheck lists every defined name
 * whose name starts with `SP_` in column A and `=ROWS(name)` in column B.
 * @returns the check sheet's rows: name and the number of data rows the double's table has, or null
 *   for a name that is not over one table column.
 */
export async function saveDoubleAsXlsx(
  book: WorkbookState,
  path: string,
  options: { checkNames?: boolean } = {},
): Promise<{ name: string; rows: number | null }[]> {
  const workbook = new ExcelJS.Workbook();
  const names = keepFormulaNames(workbook);
  for (const sheet of book.sheets) {
    const target = workbook.addWorksheet(sheet.name);
    const tables = book.tables.filter((t) => t.sheet === sheet);
    writeCells(
      sheet,
      target,
      tables.map((t) => t.rect),
    );
    for (const table of tables) {
      const body = book.tableRows(table.name);
      target.addTable({
        name: table.name,
        ref: formatRect({ ...table.rect, bottom: table.rect.top }).split(":")[0],
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: book.headers(table).map((h) => ({ name: String(h), filterButton: true })),
        rows: body.map((line) => line.map((v) => (v === "" ? null : v))),
      });
    }
  }
  for (const item of book.names.values()) names.set(item.name, item.formula);
  const checks: { name: string; rows: number | null }[] = [];
  if (options.checkNames) {
    const sheet = workbook.addWorksheet(NAME_CHECK_SHEET);
    const dropdowns = [...book.names.values()].filter((n) => n.name.startsWith("SP_"));
    dropdowns.forEach((item, i) => {
      sheet.getCell(`A${i + 1}`).value = item.name;
      sheet.getCell(`B${i + 1}`).value = { formula: `ROWS(${item.name})` } as ExcelJS.CellFormulaValue;
      const table = /^=([^[]+)\[/.exec(item.formula)?.[1];
      const state = table ? book.table(table) : undefined;
      checks.push({ name: item.name, rows: state ? state.rect.bottom - state.rect.top : null });
    });
  }
  await workbook.xlsx.writeFile(path);
  return checks;
}
