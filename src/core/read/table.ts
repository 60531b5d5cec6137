/**
 * The generic reader: a raw grid and its table definition → typed rows and findings about the
 * cells that could not be read. Parsing is driven by the schema; only the final object literal is
 * per table (shapes.ts, for speed).
 */
import { tableDef } from "../schema/tables";
import type { TableName } from "../schema/types";
import { findingAt } from "../validate/emit";
import type { Finding } from "../validate/finding";
import { cellReader } from "./cell";
import { columnPositions } from "./headers";
import { CellProblem } from "./problem";
import type { RawCell, RawTable } from "./raw";
import { ROW_SHAPES, type ReadValues, type RowOf, type RowShape } from "./shapes";

/**
 * The `unreadable` set of a row where every cell was read: one shared instance instead of one
 * empty Set per row (400,000 of them in a year's reports). It stays a plain Set, so rows compare
 * equal to rows built elsewhere, but its own methods refuse changes, as the type already says.
 */
const NOTHING_UNREADABLE: ReadonlySet<string> = (() => {
  const nothing = new Set<string>();
  const refuse = (): never => {
    throw new Error("A row's unreadable set is read-only");
  };
  return Object.assign(nothing, { add: refuse, delete: refuse, clear: refuse });
})();

/** Typed rows of one table plus the E02/E03 findings about its cells. */
export interface TableRead<R> {
  readonly rows: R[];
  readonly findings: Finding[];
}

function findingFor(
  raw: RawTable,
  row: number,
  column: string,
  cell: RawCell,
  problem: CellProblem,
): Finding {
  const withValue = problem.reason === "enum" || problem.reason === "errorValue";
  return findingAt(
    problem.reason === "enum" ? "E03" : "E02",
    { table: raw.table, row, column, value: cell },
    {
      detail: problem.reason,
      args: withValue ? { column, value: String(cell) } : { column },
      suggestion: problem.suggestion,
    },
  );
}

/**
 * Reads one raw table into rows typed by its schema. Entirely blank rows (every template column
 * empty) are skipped; row numbers stay worksheet rows. Each unreadable cell reads as null, is listed
 * in its row's `unreadable` set and yields exactly one finding.
 *
 * @throws SalesPaceError `ColumnMissing` when a required column's header is not there.
 */
export function readRawTable<T extends TableName>(
  raw: RawTable & { readonly table: T },
): TableRead<RowOf[T]> {
  const def = tableDef(raw.table);
  const positions = columnPositions(raw, def);
  const keys = def.columns.map((column) => column.key);
  const readers = def.columns.map((column) => cellReader(column));
  const shape = ROW_SHAPES[raw.table] as RowShape<RowOf[T]>;
  const width = keys.length;
  // One scratch array for every row: the shape copies the values out into the row object.
  const values: unknown[] = new Array(width);
  const rows: RowOf[T][] = [];
  const findings: Finding[] = [];

  for (let i = 0; i < raw.rows.length; i++) {
    const cells = raw.rows[i];
    const rowNumber = raw.headerRow + 1 + i;
    let unreadable: Set<string> | null = null;
    let filled = false;
    for (let c = 0; c < width; c++) {
      const position = positions[c];
      // A short row (or a hole) is empty cells, like Excel shows it.
      const cell: RawCell = position < 0 ? "" : (cells[position] ?? "");
      const value = readers[c](cell);
      if (value instanceof CellProblem) {
        values[c] = null;
        (unreadable ??= new Set()).add(keys[c]);
        findings.push(findingFor(raw, rowNumber, keys[c], cell, value));
        filled = true;
      } else {
        values[c] = value;
        if (value !== null) filled = true;
      }
    }
    if (filled)
      rows.push(shape(rowNumber, unreadable ?? NOTHING_UNREADABLE, values as unknown as ReadValues));
  }
  return { rows, findings };
}
