/**
 * An in-memory Excel for tests: exactly the Office.js surface src/excel uses, with Excel's documented
 * behaviour (load-before-read, shapes, names, tables, 5 MB requests, 5 million-cell reads), counters,
 * injected failures and co-authors. Plain TypeScript, no Node built-ins: it also runs in the browser.
 *
 * @example
 *   const excel = createExcelDouble();
 *   const port = createExcelPort(excel.host);
 *   await port.applySetup(plan);
 *   excel.counters.syncs; excel.workbook.dump("Lists");
 */
import type { ExcelHost } from "../excel/host";
import { CellEditState, runArguments } from "./cell-edit";
import type { Counters, Injections } from "./context";
import { ContextDouble } from "./context";
import { officeError } from "./errors";
import type { CellValue } from "./sheet-state";
import { WorkbookDouble } from "./workbook";
import { WorkbookState } from "./workbook-state";

export { OfficeErrorDouble } from "./errors";
export { showTotalRow } from "./table-rows";
export { typedEntry } from "./typed-entry";
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, jsonBytes } from "./context";
export type { Counters, SyncRecord } from "./context";
export type { CellValue, SheetState } from "./sheet-state";
export type { TableState, WorkbookState } from "./workbook-state";

export interface ExcelDoubleOptions {
  /** Highest ExcelApi version supported, e.g. "1.7" (default "1.17"). */
  readonly excelApi?: string;
  /** Sheets present at the start (a new workbook has `Sheet1`). */
  readonly sheets?: readonly string[];
  readonly syncTimeoutMs?: number;
  /** Tables people already typed in (their sheets are added when missing). */
  readonly tables?: readonly SeedTable[];
}

/** A table as it stands before the add-in runs. */
export interface SeedTable {
  readonly sheet: string;
  readonly name: string;
  /** Top-left cell of the header row (default A1). */
  readonly anchor?: string;
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface ExcelDouble {
  readonly host: ExcelHost;
  readonly workbook: WorkbookState;
  readonly counters: Counters;
  readonly inject: {
    /** The Nth sync from now fails (Office error `code`) before any of its commands runs. */
    failAtSync(n: number, code?: string): void;
    /** The Nth sync from now never answers. */
    hangAtSync(n: number): void;
    /** Before the Nth sync from now, a colleague appends `rows` to `table` (below its last row). */
    colleagueAppends(n: number, table: string, rows: readonly (readonly CellValue[])[]): void;
    /** Switches the host to another ExcelApi, e.g. "1.7" (no PivotTables, no data validation). */
    excelApi(version: string): void;
    /** Someone starts (true) or stops (false) typing in a cell now (cell-edit.ts). */
    cellEdit(active: boolean): void;
    /** Someone starts typing in a cell just before the Nth sync from now. */
    cellEditAtSync(n: number): void;
  };
  resetCounters(): void;
}

/** "1.17" → 17 (ExcelApi versions compare by their minor number, not as decimals). */
function minorOf(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  if (major !== 1 || !Number.isInteger(minor))
    throw new Error(`Excel double: not an ExcelApi version: ${version}`);
  return minor;
}

function freshCounters(): Counters {
  return { syncs: 0, writes: 0, requestBytes: 0, responseBytes: 0, perSync: [] };
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const workbook = new WorkbookState();
  for (const name of options.sheets ?? ["Sheet1"]) workbook.addSheet(name);
  for (const t of options.tables ?? [])
    workbook.putTable(t.sheet, t.name, t.anchor ?? "A1", t.headers, t.rows);
  workbook.activeSheet = workbook.sheets[0] ?? null;
  let counters = freshCounters();
  const injections: Injections = {
    failAt: new Map(),
    hangAt: new Set(),
    before: new Map(),
    excelApiMinor: minorOf(options.excelApi ?? "1.17"),
    syncNumber: 0,
    cellEdit: new CellEditState(),
  };
  const at = (n: number) => injections.syncNumber + n;

  /**
   * Excel.run(batch) or Excel.run(options, batch): the batch gets a fresh context; commands left unsynced
   * at the end are a bug in the caller.
   */
  const run = async <T>(first: unknown, second?: unknown): Promise<T> => {
    const { delay, batch } = runArguments<(context: unknown) => Promise<T>>(first, second);
    const context = new ContextDouble(workbook, counters, injections, delay);
    const api = { workbook: new WorkbookDouble(context), sync: () => context.sync() };
    try {
      const result = await batch(api);
      if (context.hasPending())
        throw new Error("Excel double: commands were queued but never synced before Excel.run ended.");
      return result;
    } finally {
      context.close();
    }
  };

  const host: ExcelHost = {
    run: run as unknown as ExcelHost["run"],
    isSetSupported: (name, version) => name === "ExcelApi" && minorOf(version) <= injections.excelApiMinor,
    ...(options.syncTimeoutMs !== undefined ? { syncTimeoutMs: options.syncTimeoutMs } : {}),
  };

  return {
    host,
    workbook,
    get counters() {
      return counters;
    },
    inject: {
      failAtSync: (n, code = "GeneralException") => injections.failAt.set(at(n), code),
      hangAtSync: (n) => injections.hangAt.add(at(n)),
      colleagueAppends: (n, tableName, rows) => {
        const list = injections.before.get(at(n)) ?? [];
        list.push((book) => {
          const table = book.table(tableName);
          if (!table) throw officeError("ItemNotFound", `No table ${tableName}`);
          const start = table.rect.bottom + 1;
          rows.forEach((line, r) =>
            line.forEach((v, c) => table.sheet.put(start + r, table.rect.left + c, v)),
          );
          book.expandTablesAfterWrite(table.sheet, {
            top: start,
            left: table.rect.left,
            bottom: start + rows.length - 1,
            right: table.rect.right,
          });
        });
        injections.before.set(at(n), list);
      },
      excelApi: (version) => (injections.excelApiMinor = minorOf(version)),
      cellEdit: (active) => injections.cellEdit.set(active),
      cellEditAtSync: (n) => {
        const list = injections.before.get(at(n)) ?? [];
        list.push(() => injections.cellEdit.set(true));
        injections.before.set(at(n), list);
      },
    },
    resetCounters: () => {
      counters = freshCounters();
    },
  } as ExcelDouble;
}
