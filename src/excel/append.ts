/**
 * Appending rows to template tables the co-authoring-safe way: values go into the rows directly below
 * the table (`getDataBodyRange().getRowsBelow(n).values = …`) and Excel grows the table. Microsoft's
 * co-authoring guidance prefers this to `TableRowCollection.add`, which causes merge conflicts when
 * colleagues edit the table at the same time, and it is also the faster import path
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins,
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables).
 *
 * What that path does not do by itself, done here:
 * - Text columns get number format `@` before their values, in the same request: Excel reads a string
 *   written into a General cell as if typed, so `=…` would become a formula and `2026-01` a date
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * - Growth is an AutoCorrect feature that a person can switch off (OfficeDev/office-js#2093), so each
 *   request reads the table's row count back after its write, and a table that did not grow stops the
 *   operation with TableDidNotGrow instead of writing the next chunk over the same rows.
 * - A table showing its Total Row has that row directly below its data body: its rows go in with
 *   `rows.add` (above the totals, https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection)
 *   as blanks first, then get their formats and values like the others.
 * Tables are packed into requests together, each request as full as the 5 MB cap safely allows.
 * Each chunk's target is computed by Excel when its request runs, so rows a colleague added meanwhile
 * stay where they are and ours go below them. One gap remains: a brand-new table's empty placeholder
 * row is filled by the first chunk, chosen one request earlier; a colleague typing into that very row
 * in between would be overwritten.
 */
import type { TableRows } from "../core/actions/port";
import type { Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { CellValue } from "../core/plan/types";
import { tableDef } from "../core/schema/tables";
import type { TableName } from "../core/schema/types";
import { COMMAND_BYTES } from "./batcher";
import type { ExcelHost } from "./host";
import { PAYLOAD_BUDGET_BYTES, jsonBytes } from "./payload";
import { type Session, runInExcel } from "./session";

type Cell = string | number | boolean;

/** Adjacent text columns, formatted `@` with one command per run. */
interface TextRun {
  readonly start: number;
  readonly width: number;
}

interface Pending {
  readonly name: TableName;
  readonly table: Excel.Table;
  readonly rows: readonly Cell[][];
  /** JSON bytes of each row with its formats (and its blank for `rows.add`). */
  readonly sizes: readonly number[];
  readonly runs: readonly TextRun[];
  readonly totals: boolean;
  readonly width: number;
  next: number;
  /** The data body's row count as last read. */
  known: number;
  placeholder: boolean;
}

interface GrowthCheck {
  readonly pending: Pending;
  readonly body: Excel.Range;
  readonly expected: number;
}

function fitRow(row: readonly CellValue[], width: number): Cell[] {
  const out: Cell[] = new Array(width);
  // A null in a values array means "leave the cell alone" to Excel; an appended cell must be empty instead.
  for (let c = 0; c < width; c++) out[c] = row[c] ?? "";
  return out;
}

function isBlank(line: readonly unknown[]): boolean {
  return line.every((v) => v === "" || v === null);
}

/** The table's text columns (format `@` in the schema) as runs of adjacent columns. */
function textRuns(name: TableName, width: number): TextRun[] {
  const columns = tableDef(name).columns;
  const runs: TextRun[] = [];
  for (let c = 0; c < Math.min(width, columns.length); c++) {
    if (columns[c].format !== "@") continue;
    const last = runs[runs.length - 1];
    if (last && last.start + last.width === c)
      runs[runs.length - 1] = { start: last.start, width: last.width + 1 };
    else runs.push({ start: c, width: 1 });
  }
  return runs;
}

/** Commands one chunk queues besides its cells: navigation, the writes, the formats and the check. */
function chunkOverhead(pending: Pending): number {
  return (6 + 3 * pending.runs.length + (pending.totals ? 3 : 0)) * COMMAND_BYTES;
}

function queueFormats(target: Excel.Range, runs: readonly TextRun[], count: number): void {
  for (const run of runs) {
    const column = target.getColumn(run.start);
    const range = run.width === 1 ? column : column.getResizedRange(0, run.width - 1);
    range.numberFormat = Array.from({ length: count }, () => new Array<string>(run.width).fill("@"));
  }
}

/** Queues rows `[start, start + count)` of one table: formats first, then values. */
function queueChunk(pending: Pending, start: number, count: number): number {
  let rows = pending.rows.slice(start, start + count);
  let growth = rows.length;
  if (pending.placeholder) {
    // Only the empty row itself: rows a colleague added below it since the look must not be
    // overwritten, so the rest of the chunk goes below the table as Excel finds it then.
    const first = pending.table.getDataBodyRange().getRow(0);
    queueFormats(first, pending.runs, 1);
    first.values = [rows[0]];
    rows = rows.slice(1);
    growth--;
    pending.placeholder = false;
  }
  if (rows.length === 0) return growth;
  let target: Excel.Range;
  if (pending.totals) {
    pending.table.rows.add(
      undefined,
      rows.map(() => new Array<Cell>(pending.width).fill("")),
    );
    target = pending.table.getTotalRowRange().getRowsAbove(rows.length);
  } else target = pending.table.getDataBodyRange().getRowsBelow(rows.length);
  queueFormats(target, pending.runs, rows.length);
  target.values = rows;
  return growth;
}

function didNotGrow(check: GrowthCheck, actual: number): SalesPaceError {
  const { name } = check.pending;
  return new SalesPaceError(
    "TableDidNotGrow",
    `Table ${name} did not grow as expected while rows were being added (${check.expected} rows expected, ${actual} found): Excel may have its AutoCorrect option “Include new rows and columns in table” switched off, or something below the table is in the way. Switch the option on (File › Options › Proofing › AutoCorrect Options › AutoFormat As You Type), check the rows below ${name}, then try again.`,
    undefined,
    { table: name, expected: String(check.expected), actual: String(actual) },
  );
}

async function look(context: Session, batches: readonly TableRows[]): Promise<Pending[]> {
  const found = batches.map((batch) => {
    const table = context.workbook.tables.getItem(batch.table);
    table.load("showTotals");
    const body = table.getDataBodyRange().load("rowCount,columnCount");
    const first = table.getDataBodyRange().getRow(0).load("values");
    return { batch, table, body, first };
  });
  await context.sync();
  return found.map(({ batch, table, body, first }) => {
    const width = body.columnCount;
    const rows = batch.rows.map((row) => fitRow(row, width));
    const runs = textRuns(batch.table, width);
    const formatBytes = runs.reduce((sum, run) => sum + 4 * run.width + 2, 0);
    const blankBytes = table.showTotals ? 3 * width + 2 : 0;
    return {
      name: batch.table,
      table,
      rows,
      sizes: rows.map((row) => jsonBytes(row) + 1 + formatBytes + blankBytes),
      runs,
      totals: table.showTotals,
      width,
      next: 0,
      known: body.rowCount,
      placeholder: body.rowCount === 1 && isBlank(first.values[0]),
    };
  });
}

/**
 * Writes each table's `rows` (table column order) below its last row, the tables packed together in
 * requests under 5 MB. A brand-new table's single empty row (Excel keeps one in every table) gets the
 * first row.
 *
 * @throws SalesPaceError NotSetUp when a table does not exist, TableDidNotGrow when Excel did not take
 *   a chunk into its table (nothing after that chunk is written).
 */
export async function appendTables(
  host: ExcelHost,
  batches: readonly TableRows[],
  onProgress?: (p: Progress) => void,
): Promise<void> {
  const work = batches.filter((b) => b.rows.length > 0);
  if (work.length === 0) return;
  const action = `adding rows to ${work.map((b) => b.table).join(", ")}`;
  const total = work.reduce((sum, b) => sum + b.rows.length, 0);
  await runInExcel(host, action, async (context) => {
    const pending = await look(context, work);
    let queued = 0;
    let written = 0;
    let checks: GrowthCheck[] = [];
    const flush = async (): Promise<void> => {
      if (queued === 0) return;
      await context.sync();
      for (const check of checks) {
        if (check.body.rowCount < check.expected) throw didNotGrow(check, check.body.rowCount);
        check.pending.known = check.body.rowCount;
      }
      checks = [];
      queued = 0;
      const last = pending.find((p) => p.next < p.rows.length) ?? pending[pending.length - 1];
      onProgress?.({ step: last.name, done: written, total });
    };
    for (const p of pending) {
      while (p.next < p.rows.length) {
        const overhead = chunkOverhead(p);
        const room = PAYLOAD_BUDGET_BYTES - queued - overhead;
        let end = p.next;
        let size = 0;
        while (end < p.rows.length && size + p.sizes[end] <= room) size += p.sizes[end++];
        if (end === p.next && queued > 0) {
          await flush();
          continue;
        }
        // A single row larger than a whole request still goes out, alone.
        if (end === p.next) size = p.sizes[end++];
        const growth = queueChunk(p, p.next, end - p.next);
        const body = p.table.getDataBodyRange().load("rowCount");
        checks.push({ pending: p, body, expected: p.known + growth });
        queued += size + overhead;
        written += end - p.next;
        p.next = end;
        if (p.next < p.rows.length) await flush();
      }
    }
    await flush();
  });
}

/** `appendTables` for one table. */
export function appendRows(
  host: ExcelHost,
  tableName: TableName,
  rows: readonly (readonly CellValue[])[],
): Promise<void> {
  return appendTables(host, [{ table: tableName, rows }]);
}
