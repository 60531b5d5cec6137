/**
 * Reading: raw grids from either adapter → a typed SalesBook and findings about unreadable cells
 * (ARCHITECTURE: the one place where cells are cleaned; nothing downstream re-parses a cell).
 */
import type { SalesBook } from "../model";
import type { TableName } from "../schema/types";
import { TABLES } from "../schema/tables";
import type { Finding } from "../validate/finding";
import type { ColumnHeaders } from "./columnHeaders";
import type { RawTable } from "./raw";
import type { RowOf } from "./shapes";
import { type TableLocation, type TableLocations, locateTable } from "./locations";
import { readRawTable, type TableRead } from "./table";

export type { RawCell, RawTable } from "./raw";
export { type CellTarget, type TableLocation, type TableLocations, cellOf, cellReference } from "./locations";
export type { TableRead } from "./table";
export type { RowOf } from "./shapes";
export {
  type ColumnHeaders,
  type HeaderRow,
  type TableHeaders,
  columnHeadersOf,
  headerLanguage,
  templateHeaders,
} from "./columnHeaders";

/** Where each table's rows go in a SalesBook. */
export const BOOK_KEY = {
  Salespeople: "salespeople",
  Customers: "customers",
  Products: "products",
  Calendar: "calendar",
  Targets: "targets",
  VisitPlan: "visitPlan",
  DailyReport: "dailyReport",
  MarketReport: "marketReport",
  Complaints: "complaints",
  Satisfaction: "satisfaction",
  LostCustomers: "lostCustomers",
} as const satisfies Record<TableName, keyof SalesBook>;

/**
 * Reads one table. Headers in either language, any order, extra columns ignored; blank rows
 * skipped; every unreadable cell → null + one E02/E03 finding.
 *
 * @throws SalesPaceError `ColumnMissing` when a required column is not there.
 * @example readTable({ table: "Calendar", sheet: "Lists", headerRow: 1, firstColumn: 0,
 *   headers: ["日期", "类型"], rows: [[46353, "休息日"]] }).rows[0] // { row: 2, date: 46353, kind: "holiday", note: null, … }
 */
export function readTable<T extends TableName>(raw: RawTable & { readonly table: T }): TableRead<RowOf[T]> {
  return readRawTable(raw);
}

/**
 * Reads every template table into a SalesBook. A table absent from `raws` reads as no rows (when
 * a table is given twice, the first is read). Findings come in table order, then row, then column.
 * `locations` says where each table and column was found; `headers` is the same tables by name, for
 * everything that spells a column by the header text it was found under.
 *
 * @throws SalesPaceError `ColumnMissing` when a table lacks a required column.
 * @example const { book, findings } = readBook(await port.readTables());
 */
export function readBook(raws: readonly RawTable[]): {
  book: SalesBook;
  findings: Finding[];
  locations: TableLocations;
  headers: ColumnHeaders;
} {
  const byName = new Map<TableName, RawTable>();
  for (const raw of raws) if (!byName.has(raw.table)) byName.set(raw.table, raw);
  const book: Record<keyof SalesBook, unknown[]> = {
    salespeople: [],
    customers: [],
    products: [],
    calendar: [],
    targets: [],
    visitPlan: [],
    dailyReport: [],
    marketReport: [],
    complaints: [],
    satisfaction: [],
    lostCustomers: [],
  };
  const findings: Finding[] = [];
  const locations = new Map<TableName, TableLocation>();
  for (const def of TABLES) {
    const raw = byName.get(def.name);
    if (raw === undefined) continue;
    const read = readRawTable(raw);
    book[BOOK_KEY[def.name]] = read.rows;
    locations.set(def.name, locateTable(raw));
    for (const finding of read.findings) findings.push(finding);
  }
  return {
    book: book as unknown as SalesBook,
    findings,
    headers: Object.fromEntries(locations),
    locations,
  };
}
