/**
 * Appending rows to a template table the co-authoring-safe way: values go into the rows directly below
 * the table (`getDataBodyRange().getRowsBelow(n).values = …`) and Excel grows the table. Microsoft's
 * co-authoring guidance prefers this to `TableRowCollection.add`, which causes merge conflicts when
 * colleagues edit the table at the same time, and it is also the faster import path
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins,
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables).
 * Each chunk's target is computed by Excel when its request runs, so rows a colleague added meanwhile
 * stay where they are and ours go below them. One gap remains: a brand-new table's empty placeholder
 * row is filled by the first chunk, chosen one request earlier; a colleague typing into that very row
 * in between would be overwritten.
 */
import type { CellValue } from "../core/plan/types";
import type { TableName } from "../core/schema/types";
import type { ExcelHost } from "./host";
import { chunkRowsByBytes } from "./payload";
import { runInExcel } from "./session";

type Cell = string | number | boolean;

function fitRow(row: readonly CellValue[], width: number): Cell[] {
  const out: Cell[] = new Array(width);
  // A null in a values array means "leave the cell alone" to Excel; an appended cell must be empty instead.
  for (let c = 0; c < width; c++) out[c] = row[c] ?? "";
  return out;
}

function isBlank(line: readonly unknown[]): boolean {
  return line.every((v) => v === "" || v === null);
}

/**
 * Writes `rows` (table column order) below the table's last row, in requests under 5 MB.
 * A brand-new table's single empty row (Excel keeps one in every table) gets the first row.
 *
 * @throws SalesPaceError NotSetUp when the table does not exist.
 */
export async function appendRows(
  host: ExcelHost,
  tableName: TableName,
  rows: readonly (readonly CellValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  await runInExcel(host, `adding rows to ${tableName}`, async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const body = table.getDataBodyRange().load("rowCount,columnCount");
    const first = table.getDataBodyRange().getRow(0).load("values");
    await context.sync();

    const width = body.columnCount;
    const fitted = rows.map((row) => fitRow(row, width));
    const fillPlaceholder = body.rowCount === 1 && isBlank(first.values[0]);
    const chunks = chunkRowsByBytes(fitted);
    for (let i = 0; i < chunks.length; i++) {
      let chunk = chunks[i];
      if (i === 0 && fillPlaceholder) {
        // Only the empty row itself: rows a colleague added below it since the look must not be
        // overwritten, so the rest of the chunk goes below the table as Excel finds it then.
        table.getDataBodyRange().getRow(0).values = [chunk[0]];
        chunk = chunk.slice(1);
      }
      if (chunk.length > 0) table.getDataBodyRange().getRowsBelow(chunk.length).values = chunk;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per ~5 MB chunk, never per row
      await context.sync();
    }
  });
}
