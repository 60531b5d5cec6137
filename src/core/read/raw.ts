/**
 * A table as the adapters hand it over: the header row and the data rows exactly as Office.js
 * `Range.values` gives them (number | string | boolean; "" for empty; error values such as `#N/A`
 * as strings; dates as serial numbers). Row numbers are worksheet rows, so findings can point at cells.
 */
import type { TableName } from "../schema/types";

export type RawCell = string | number | boolean;

export interface RawTable {
  readonly table: TableName;
  /** Worksheet the table is on. */
  readonly sheet: string;
  /** Worksheet row number (1-based) of the header row; data row i is on `headerRow + 1 + i`. */
  readonly headerRow: number;
  /** 0-based worksheet column index of the table's first column (A = 0). */
  readonly firstColumn: number;
  readonly headers: readonly RawCell[];
  readonly rows: readonly (readonly RawCell[])[];
}
