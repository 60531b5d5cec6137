/**
 * Structured references to template columns, spelled with the header text the reader found for that
 * column in this workbook (SPEC §1 "Headers as they are"): an Excel table's column is named by its
 * header cell, whatever language or spelling it was typed in.
 */
import { SalesPaceError } from "../errors";
import type { ColumnHeaders } from "../read/columnHeaders";
import { tableDef } from "../schema/tables";
import type { ColumnKey, TableName } from "../schema/types";

/** Characters that must be escaped with `'` inside a structured reference's column name. */
const SPECIAL = /[[\]#']/g;

/**
 * `Table[Column]` for a template column, with the column's header as found in the workbook.
 *
 * @example columnRef(templateHeaders("zh"), "DailyReport", "orderAmount") === "DailyReport[订货金额]"
 * @throws SalesPaceError `ColumnMissing` when the workbook's table has no header for the column (the
 *   reference would name a column that does not exist), naming the sheet, the table and the column.
 * @throws Error when the schema has no such column (a programming error, not a user's).
 */
export function columnRef<T extends TableName>(headers: ColumnHeaders, table: T, key: ColumnKey<T>): string {
  const column = tableDef<TableName>(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`${table} has no column ${key}`);
  const found = headers[table];
  const header = found?.byKey[key];
  if (header === undefined) {
    const sheet = found?.sheet ?? tableDef(table).sheet.en;
    throw new SalesPaceError(
      "ColumnMissing",
      `Table ${table} on sheet "${sheet}" has no column "${column.header.en}" (${column.header.zh}), which SalesPace's formulas refer to. ` +
        `Add a column with that header (in English or Chinese), or run Set up workbook to restore it.`,
      `Headers found: ${found ? Object.values(found.byKey).join(", ") : "(table not read)"}.`,
      { table, column: column.header.en, columnZh: column.header.zh, sheet },
    );
  }
  return `${table}[${header.replace(SPECIAL, (ch) => `'${ch}`)}]`;
}
