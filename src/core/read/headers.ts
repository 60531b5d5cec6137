/**
 * Finding a table's columns by header, in either workbook language, in any order.
 */
import { SalesPaceError } from "../errors";
import { headerSpellings } from "../schema/tables";
import type { TableDef } from "../schema/types";
import { matchKey } from "../text/fold";
import { ensureNoRenamedColumns } from "./renamed";
import type { RawCell, RawTable } from "./raw";

/**
 * For each column of `def`, the index of its header among `headers`, or -1 when it has none. Headers
 * match ignoring case, spaces and width, in either language and in former spellings; the leftmost wins.
 *
 * @example matchColumns(["姓名", "ID"], SALESPEOPLE).slice(0, 2) // [1, 0]
 */
export function matchColumns(headers: readonly RawCell[], def: TableDef): number[] {
  const byHeader = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = matchKey(String(header));
    if (key !== "" && !byHeader.has(key)) byHeader.set(key, index);
  });
  return def.columns.map((column) => {
    const found = headerSpellings(column)
      .map((header) => byHeader.get(matchKey(header)) ?? -1)
      .filter((index) => index >= 0);
    return found.length > 0 ? Math.min(...found) : -1;
  });
}

/**
 * For each column of `def`, the index of its cell in a raw row, or -1 when an optional column is
 * absent. Headers match ignoring case, spaces and width; extra columns are ignored; when a column's
 * header appears twice (or in both languages) the leftmost one is read.
 *
 * @throws SalesPaceError `ColumnMissing` when a required column has no header, naming the sheet,
 *   the table and the column in both languages.
 * @example columnPositions(raw, DAILY_REPORT)[0] // where "Date"/"日期" is
 */
export function columnPositions(raw: RawTable, def: TableDef): number[] {
  const positions = matchColumns(raw.headers, def);
  const missing = def.columns.filter((column, i) => column.required && positions[i] < 0);
  if (missing.length > 0) {
    // A header renamed in place (Salesperson → Rep): Set up would add an empty column, so name it instead.
    ensureNoRenamedColumns(def, raw.sheet, raw.headers);
    const first = missing[0];
    throw new SalesPaceError(
      "ColumnMissing",
      `Table ${def.name} on sheet "${raw.sheet}" has no column "${first.header.en}" (${first.header.zh}). ` +
        `Add a column with that header (in English or Chinese), or run Set up workbook to restore it.`,
      `Required columns missing: ${missing.map((c) => `${c.header.en}/${c.header.zh}`).join(", ")}. ` +
        `Headers found: ${raw.headers.map((h) => JSON.stringify(h)).join(", ") || "(none)"}.`,
      { table: def.name, column: first.header.en, columnZh: first.header.zh, sheet: raw.sheet },
    );
  }
  return positions;
}
