/**
 * A table's rows in the double: its data body, its Total Row and rows added at its end.
 * - `Table.showTotals` (ExcelApi 1.1): the Total Row is the table's last row, below the data body
 *   (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member,
 *   `getTotalRowRange`, `getDataBodyRange`). So the rows "below the data body" of a table that shows its
 *   totals are the totals row itself: a write there overwrites the totals and the table does not grow.
 * - `TableRowCollection.add(index, values)` adds rows at the end of the data body, above the Total Row
 *   (one row in ExcelApi 1.1, several in 1.4:
 *   https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
 *   Cells below the table, in its columns, move down to make room, as "Insert Table Rows" does.
 */
import type { Rect } from "./address";
import { officeError } from "./errors";
import type { CellValue } from "./sheet-state";
import type { TableState } from "./workbook-state";

/** The data body: below the header, above the Total Row when it is shown. */
export function bodyRect(table: TableState): Rect {
  return { ...table.rect, top: table.rect.top + 1, bottom: table.rect.bottom - (table.showTotals ? 1 : 0) };
}

/** The Total Row; Excel has none to give while it is hidden (the error code is not documented). */
export function totalRowRect(table: TableState): Rect {
  if (!table.showTotals)
    throw officeError("InvalidOperation", `Table ${table.name} does not show its Total Row.`);
  return { ...table.rect, top: table.rect.bottom };
}

/**
 * Test helper: switches the Total Row on, as a person does with Table Design › Total Row. It takes the row
 * below the data body, which must be empty, and labels its first cell.
 */
export function showTotalRow(table: TableState, label: CellValue): void {
  const row = table.rect.bottom + 1;
  for (let c = table.rect.left; c <= table.rect.right; c++) {
    if (table.sheet.value(row, c) !== "" || table.sheet.formula(row, c) !== undefined)
      throw new Error(`Excel double: the row below ${table.name} is not empty`);
  }
  table.showTotals = true;
  table.rect = { ...table.rect, bottom: row };
  table.sheet.put(row, table.rect.left, label);
}

/** `table.rows.add(null, values)`: rows at the end of the data body, cells below in its columns moved down. */
export function addTableRows(table: TableState, values: readonly (readonly CellValue[])[]): void {
  const { sheet } = table;
  sheet.assertWritable();
  const width = table.rect.right - table.rect.left + 1;
  if (values.length === 0 || values.some((line) => line.length !== width))
    throw officeError("InvalidArgument", "The row values do not match the table's columns.");
  const at = bodyRect(table).bottom + 1;
  const used = sheet.usedRect();
  const last = used ? used.bottom : at - 1;
  for (let r = last; r >= at; r--) {
    for (let c = table.rect.left; c <= table.rect.right; c++) {
      const formula = sheet.formula(r, c);
      if (formula !== undefined) sheet.setFormula(r + values.length, c, formula);
      else sheet.put(r + values.length, c, sheet.value(r, c));
      sheet.setValue(r, c, "");
    }
  }
  table.rect = { ...table.rect, bottom: table.rect.bottom + values.length };
  values.forEach((line, r) => line.forEach((v, c) => sheet.setValue(at + r, table.rect.left + c, v)));
}
