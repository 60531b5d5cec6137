/**
 * Reading template tables: one sync finds which tables exist, one loads their headers, sizes and a
 * sample of rows, then the data bodies follow in chunks sized to stay under 5 MB per request (and
 * 5,000,000 cells), several tables sharing a request when they are small. Never one sync per row.
 */
import type { RawCell, RawTable } from "../core/read/raw";
import type { TableName } from "../core/schema/types";
import type { Progress } from "../core/actions/port";
import { parseBlock } from "./address";
import { isPayloadLimit } from "./errors";
import type { ExcelHost } from "./host";
import { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, jsonBytes } from "./payload";
import { runInExcel } from "./session";

/** Rows read with the metadata to learn how wide a row is in bytes. */
const SAMPLE_ROWS = 200;
/** Share of the 5 MB a chunk aims at, and the margin over the widest rows seen so far. */
const CHUNK_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.97);
const ROW_SIZE_MARGIN = 1.02;

interface TableRead {
  readonly name: TableName;
  readonly table: Excel.Table;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: RawCell[];
  readonly totalRows: number;
  readonly columns: number;
  readonly rows: RawCell[][];
  /** Planning estimate of a row's JSON bytes: the widest chunk average seen, raised after a refusal. */
  bytesPerRow: number;
  /** Widest chunk average actually measured. */
  measuredBytesPerRow: number;
}

/** Average JSON bytes of a row, measured on at most ~1,000 evenly spread rows (cheap on big chunks). */
function averageRowBytes(rows: readonly (readonly RawCell[])[]): number {
  const step = Math.max(1, Math.floor(rows.length / 1000));
  let bytes = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i += step) {
    bytes += jsonBytes(rows[i]) + 1;
    count++;
  }
  return count === 0 ? 0 : bytes / count;
}

interface Slice {
  readonly read: TableRead;
  readonly count: number;
  readonly range: Excel.Range;
}

function takeSlices(reads: readonly TableRead[]): Slice[] {
  const slices: Slice[] = [];
  let budget = CHUNK_BUDGET_BYTES;
  for (const read of reads) {
    const left = read.totalRows - read.rows.length;
    if (left <= 0) continue;
    const byBytes = Math.floor(budget / (read.bytesPerRow * ROW_SIZE_MARGIN));
    const byCells = Math.floor(READ_CELL_LIMIT / Math.max(read.columns, 1));
    const count = Math.min(left, byBytes, byCells);
    if (count <= 0) break;
    const body = read.table.getDataBodyRange();
    const range = body.getRow(read.rows.length).getResizedRange(count - 1, 0);
    range.load("values");
    slices.push({ read, count, range });
    budget -= count * read.bytesPerRow * ROW_SIZE_MARGIN;
  }
  if (slices.length === 0) {
    // A single row wider than the budget: read it alone and let Excel decide.
    const read = reads.find((r) => r.rows.length < r.totalRows);
    if (read) {
      const range = read.table.getDataBodyRange().getRow(read.rows.length);
      range.load("values");
      slices.push({ read, count: 1, range });
    }
  }
  return slices;
}

/**
 * Reads the header and data rows of the named tables; tables not in the workbook are left out.
 *
 * @throws SalesPaceError SyncTimeout, RequestTooLarge… when Excel fails.
 */
export async function readTables(
  host: ExcelHost,
  names: readonly TableName[],
  onProgress?: (p: Progress) => void,
): Promise<RawTable[]> {
  return runInExcel(host, `reading ${names.join(", ")}`, async (context) => {
    const all = context.workbook.tables;
    all.load("items/name");
    await context.sync();
    const found = names.flatMap((name) => {
      const table = all.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
      return table ? [{ name, table }] : [];
    });

    const probes = found.map(({ name, table }) => {
      const header = table.getHeaderRowRange().load("values,address");
      const body = table.getDataBodyRange().load("rowCount,columnCount");
      const sample = table
        .getDataBodyRange()
        .getRow(0)
        .getResizedRange(SAMPLE_ROWS - 1, 0)
        .load("values");
      const sheet = table.worksheet.load("name");
      return { name, table, header, body, sample, sheet };
    });
    await context.sync();

    const reads: TableRead[] = probes.map(({ name, table, header, body, sample, sheet }) => {
      const block = parseBlock(header.address);
      const rows = sample.values.slice(0, body.rowCount) as RawCell[][];
      return {
        name,
        table,
        sheet: sheet.name,
        headerRow: block.row + 1,
        firstColumn: block.column,
        headers: header.values[0] as RawCell[],
        totalRows: body.rowCount,
        columns: body.columnCount,
        rows,
        bytesPerRow: Math.max(averageRowBytes(rows), 4 * body.columnCount),
        measuredBytesPerRow: averageRowBytes(rows),
      };
    });
    const totalRows = reads.reduce((sum, r) => sum + r.totalRows, 0);
    const report = () =>
      onProgress?.({
        step: "read",
        done: reads.reduce((sum, r) => sum + r.rows.length, 0),
        total: totalRows,
      });
    report();

    while (reads.some((r) => r.rows.length < r.totalRows)) {
      const slices = takeSlices(reads);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per ~5 MB chunk, never per row
        await context.sync();
      } catch (error) {
        // Rows wider than measured so far: plan them as 4× wider and ask again (nothing was read).
        if (!isPayloadLimit(error) || slices.every((slice) => slice.count <= 1)) throw error;
        for (const { read } of slices) read.bytesPerRow *= 4;
        continue;
      }
      for (const { read, range } of slices) {
        const values = range.values as RawCell[][];
        read.measuredBytesPerRow = Math.max(read.measuredBytesPerRow, averageRowBytes(values));
        read.bytesPerRow = Math.max(read.measuredBytesPerRow, 4 * read.columns);
        for (const line of values) read.rows.push(line);
      }
      report();
    }

    return reads.map((r): RawTable => ({
      table: r.name,
      sheet: r.sheet,
      headerRow: r.headerRow,
      firstColumn: r.firstColumn,
      headers: r.headers,
      rows: r.rows,
    }));
  });
}
