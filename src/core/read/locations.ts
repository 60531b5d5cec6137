/**
 * Where each template table is in the workbook, as the reader found it: its sheet, its header row and the
 * worksheet column of every schema column (in whatever order and language its headers are). Findings, the
 * pane's click-to-cell and the links of owned sheets point at cells through this, so a table someone moved
 * off A1, or whose columns they reordered, is pointed at where it is, not where set-up would have put it.
 * A location is also the table's `TableHeaders` (the header text of each column), so what the reader
 * found about a table is one object: formulas spell columns by it, links point at cells with it.
 */
import { cell, sheetReference } from "../plan/a1";
import { tableDef } from "../schema/tables";
import type { TableName } from "../schema/types";
import type { TableHeaders } from "./columnHeaders";
import { columnPositions } from "./headers";
import type { RawTable } from "./raw";

export interface TableLocation extends TableHeaders {
  /** Worksheet row (1-based) of the header row. */
  readonly headerRow: number;
  /** 0-based worksheet column of the table's first column. */
  readonly firstColumn: number;
  /** Column key → 0-based worksheet column, for the schema columns found. */
  readonly columns: ReadonlyMap<string, number>;
}

/** The tables found in one workbook. */
export type TableLocations = ReadonlyMap<TableName, TableLocation>;

/** A cell to select or link to. */
export interface CellTarget {
  readonly sheet: string;
  /** A1 address, e.g. `D7`. */
  readonly address: string;
}

/**
 * Where `raw`'s table and columns are, and the header text each column was found under.
 * @throws SalesPaceError ColumnMissing when a required column has no header (as reading does).
 */
export function locateTable(raw: RawTable): TableLocation {
  const def = tableDef(raw.table);
  const positions = columnPositions(raw, def);
  const columns = new Map<string, number>();
  const byKey: Record<string, string> = {};
  def.columns.forEach((column, i) => {
    if (positions[i] < 0) return;
    columns.set(column.key, raw.firstColumn + positions[i]);
    byKey[column.key] = String(raw.headers[positions[i]]);
  });
  return { sheet: raw.sheet, byKey, headerRow: raw.headerRow, firstColumn: raw.firstColumn, columns };
}

/**
 * The cell of `column` on worksheet `row` of `table`: a null row is the header row (a finding about a
 * person or the whole table), a null or absent column the table's first column. Null when the workbook
 * has no such table.
 *
 * @example cellOf(locations, "DailyReport", 7, "customer") // { sheet: "每日销售报告", address: "D7" }
 */
export function cellOf(
  locations: TableLocations,
  table: TableName,
  row: number | null,
  column: string | null,
): CellTarget | null {
  const location = locations.get(table);
  if (!location) return null;
  const index = (column !== null ? location.columns.get(column) : undefined) ?? location.firstColumn;
  return { sheet: location.sheet, address: cell(row ?? location.headerRow, index) };
}

/** `'Daily Report'!D7` for a cell target. */
export function cellReference(target: CellTarget): string {
  return sheetReference(target.sheet, target.address);
}
