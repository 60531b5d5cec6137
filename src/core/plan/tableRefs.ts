/**
 * Structured references to template columns, spelled with the headers set-up wrote in the workbook
 * language (an Excel table's column is named by its header text).
 */
import { tableDef } from "../schema/tables";
import type { Lang, TableName } from "../schema/types";

/** Characters that must be escaped with `'` inside a structured reference's column name. */
const SPECIAL = /[[\]#']/g;

/**
 * `Table[Column]` for a template column, in the workbook language.
 *
 * @example columnRef("en", "DailyReport", "orderAmount") === "DailyReport[Order amount]"
 * @throws Error when the table has no such column (a programming error, not a user's).
 */
export function columnRef(lang: Lang, table: TableName, key: string): string {
  const column = tableDef(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`${table} has no column ${key}`);
  return `${table}[${column.header[lang].replace(SPECIAL, (ch) => `'${ch}`)}]`;
}
