/**
 * Writing one corrected cell of a template table (a finding's suggestion the user confirmed): found by
 * the table's header and body as they are now, written only if it still holds what was validated.
 * Since ExcelApi 1.20 Excel keeps add-in writes on the user's undo stack, so Undo takes it back
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities); the report says
 * whether this Excel does, and the pane tells the user.
 */
import type { CellCorrection, CellCorrectionReport } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import { matchKey } from "../core/text/fold";
import { blockAddress, parseBlock } from "./address";
import type { ExcelHost } from "./host";
import { runInExcel } from "./session";

/** ExcelApi version from which add-in writes can be undone with Excel's Undo. */
export const UNDO_API = "1.20";

const asText = (cell: unknown): string => (cell === null || cell === undefined ? "" : String(cell)).trim();

/**
 * @throws SalesPaceError ColumnMissing when no header of the table is one of `headers`; CellChanged when
 *   the row is outside the table or the cell holds something other than `expected` now.
 */
export async function correctCell(
  host: ExcelHost,
  correction: CellCorrection,
): Promise<CellCorrectionReport> {
  const { table: name, row, headers, expected, value } = correction;
  return runInExcel(host, `correcting a cell in ${name}`, async (context) => {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("address");
    const sheet = table.worksheet.load("name");
    await context.sync();

    const wanted = new Set(headers.map(matchKey));
    const column = header.values[0].findIndex((h) => wanted.has(matchKey(String(h))));
    if (column < 0) {
      throw new SalesPaceError(
        "ColumnMissing",
        `Table ${name} on sheet "${sheet.name}" has no column "${headers[0]}" any more. Validate again.`,
        undefined,
        { table: name, column: headers[0], columnZh: headers[1] ?? headers[0], sheet: sheet.name },
      );
    }
    const block = parseBlock(body.address);
    const offset = row - 1 - block.row;
    const changed = (now: string) =>
      new SalesPaceError(
        "CellChanged",
        `Row ${row} of sheet "${sheet.name}" holds “${now}” now, not “${expected}”: someone changed it after Validate. ` +
          "Nothing was written; validate again.",
        undefined,
        { sheet: sheet.name, row: String(row), now, expected },
      );
    if (offset < 0 || offset >= block.rows) throw changed("");
    const cell = body.getCell(offset, column).load("values");
    await context.sync();
    const now = asText(cell.values[0][0]);
    if (now !== expected.trim()) throw changed(now);
    cell.values = [[value]];
    await context.sync();
    const address = blockAddress({ row: row - 1, column: block.column + column, rows: 1, columns: 1 });
    return { sheet: sheet.name, address, undoable: host.isSetSupported("ExcelApi", UNDO_API) };
  });
}
