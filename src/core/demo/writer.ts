/**
 * Rows of one template table, built in the schema's column order whatever order the code fills them
 * in: `row[out.col.orderAmount] = 1200`. Column keys are typed from the table's row type, so a typo is
 * a compile error, and adding a column to the schema leaves the demo's rows valid.
 */
import type { CellValue } from "../plan/types";
import { tableDef } from "../schema/tables";
import type { ColumnKey, TableName } from "../schema/types";

export type { ColumnKey } from "../schema/types";

export class TableWriter<N extends TableName = TableName> {
  /** Column index by column key. */
  readonly col: Readonly<Record<ColumnKey<N>, number>>;
  readonly rows: CellValue[][] = [];
  private readonly empty: CellValue[];

  constructor(readonly table: N) {
    const columns = tableDef(table).columns;
    const col: Record<string, number> = {};
    columns.forEach((c, i) => (col[c.key] = i));
    this.col = col as Record<ColumnKey<N>, number>;
    this.empty = columns.map(() => null);
  }

  /** A new row with every cell empty (null: nothing typed). */
  blank(): CellValue[] {
    return this.empty.slice();
  }

  push(row: CellValue[]): void {
    this.rows.push(row);
  }
}
