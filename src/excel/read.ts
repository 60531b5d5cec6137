/**
 * Reading template tables: one request loads their headers, sizes and first rows (a first one lists the
 * tables only when one of them is missing), then the data bodies follow in chunks sized to stay under
 * 5 MB per request (and 5,000,000 cells), several tables sharing a request when they are small. Never
 * one sync per row.
 */
import type { RawCell, RawTable } from "../core/read/raw";
import { TABLES } from "../core/schema/tables";
import type { TableName } from "../core/schema/types";
import type { Progress } from "../core/actions/port";
import { parseBlock } from "./address";
import { isPayloadLimit } from "./errors";
import type { ExcelHost } from "./host";
import { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, jsonBytes } from "./payload";
import type { Session } from "./session";
import { runInExcel } from "./session";

/** Fewest rows read with the metadata, to learn how wide a row is in bytes. */
const SAMPLE_ROWS = 200;
/**
 * The metadata request also carries the first rows of every table, as many as fit in this share of the
 * 5 MB if each template column held this many bytes (a generous guess: the demo data averages about
 * 9). A request refused as too large is asked again with the small sample.
 */
const FIRST_READ_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.9);
const GUESSED_BYTES_PER_COLUMN = 24;
/**
 * Share of the 5 MB a chunk aims at, and the margin over the average row of that table so far. Rows of
 * one table are alike in width; a chunk refused as too large is planned with rows 25 % wider and asked again.
 */
const CHUNK_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.99);
const ROW_SIZE_MARGIN = 1.005;
const REFUSED_GROWTH = 1.25;

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
  /** Planning estimate of a row's JSON bytes: the average so far, raised after a refusal. */
  bytesPerRow: number;
  /** JSON bytes and rows measured so far (every chunk, sampled evenly). */
  measured: { bytes: number; rows: number };
}

/** JSON bytes of at most ~1,000 evenly spread rows, and how many (cheap on big chunks). */
function measureRows(rows: readonly (readonly RawCell[])[]): { bytes: number; rows: number } {
  const step = Math.max(1, Math.floor(rows.length / 1000));
  let bytes = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i += step) {
    bytes += jsonBytes(rows[i]) + 1;
    count++;
  }
  return { bytes, rows: count };
}

/** The planning estimate after a measurement: the table's average row so far, at least 4 bytes a cell. */
function plannedRowBytes(read: TableRead): number {
  const { bytes, rows } = read.measured;
  return Math.max(rows === 0 ? 0 : bytes / rows, 4 * read.columns);
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

type Found = { readonly name: TableName; readonly table: Excel.Table };

function queueProbes(found: readonly Found[], firstRows: (name: TableName) => number) {
  return found.map(({ name, table }) => {
    const header = table.getHeaderRowRange().load("values,address");
    const body = table.getDataBodyRange().load("rowCount,columnCount");
    const sample = table
      .getDataBodyRange()
      .getRow(0)
      .getResizedRange(firstRows(name) - 1, 0)
      .load("values");
    const sheet = table.worksheet.load("name");
    return { name, table, header, body, sample, sheet };
  });
}

/** How many first rows of a table ride with the metadata (see FIRST_READ_BUDGET_BYTES). */
function firstRowsOf(tables: number): (name: TableName) => number {
  const columnsOf = (name: TableName) => TABLES.find((t) => t.name === name)?.columns.length ?? 20;
  return (name) =>
    Math.max(
      SAMPLE_ROWS,
      Math.floor(
        FIRST_READ_BUDGET_BYTES / Math.max(tables, 1) / (GUESSED_BYTES_PER_COLUMN * columnsOf(name)),
      ),
    );
}

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === "ItemNotFound";

/**
 * Headers, sizes and first rows of the named tables. Optimistic: in a set-up workbook every template
 * table exists, so they are asked for by name in one request; when one is missing Excel refuses the
 * whole request (ItemNotFound, nothing read), and the tables are listed first, then probed.
 */
async function probeTables(context: Session, names: readonly TableName[]) {
  const ask = async (found: readonly Found[]) => {
    let probes = queueProbes(found, firstRowsOf(found.length));
    try {
      await context.sync();
    } catch (error) {
      // Rows far wider than guessed: learn their width from the small sample first.
      if (!isPayloadLimit(error)) throw error;
      probes = queueProbes(found, () => SAMPLE_ROWS);
      await context.sync();
    }
    return probes;
  };
  try {
    return await ask(names.map((name) => ({ name, table: context.workbook.tables.getItem(name) })));
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
  }
  const all = context.workbook.tables.load("items/name");
  await context.sync();
  return ask(
    names.flatMap((name) => {
      const table = all.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
      return table ? [{ name, table }] : [];
    }),
  );
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
    const probes = await probeTables(context, names);

    const reads: TableRead[] = probes.map(({ name, table, header, body, sample, sheet }) => {
      const block = parseBlock(header.address);
      const rows = sample.values.slice(0, body.rowCount) as RawCell[][];
      const read: TableRead = {
        name,
        table,
        sheet: sheet.name,
        headerRow: block.row + 1,
        firstColumn: block.column,
        headers: header.values[0] as RawCell[],
        totalRows: body.rowCount,
        columns: body.columnCount,
        rows,
        bytesPerRow: 0,
        measured: measureRows(rows),
      };
      read.bytesPerRow = plannedRowBytes(read);
      return read;
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
        // Rows wider than measured so far: plan them wider and ask again (nothing was read).
        if (!isPayloadLimit(error) || slices.every((slice) => slice.count <= 1)) throw error;
        for (const { read } of slices) read.bytesPerRow *= REFUSED_GROWTH;
        continue;
      }
      for (const { read, range } of slices) {
        const values = range.values as RawCell[][];
        const seen = measureRows(values);
        read.measured = { bytes: read.measured.bytes + seen.bytes, rows: read.measured.rows + seen.rows };
        // The last chunk counts on its own too: a table whose later rows are wider is planned by them.
        read.bytesPerRow = Math.max(plannedRowBytes(read), seen.rows === 0 ? 0 : seen.bytes / seen.rows);
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
