/**
 * Ports over an .xlsx file (exceljs), each with the capabilities it can carry out. Two ways to open one:
 * - `openXlsxPort(path)` loads the whole workbook into memory: every capability but correcting a cell, then `save(path)`.
 * - `openXlsxReader(path)` only reads, streaming, so a 400,000-row workbook fits in memory: it has
 *   the reading capabilities (`inspect`, `readTables`) and no others.
 * A third, `openXlsxRollup(path)` (rollupPort.ts), reads the same way and writes rollup sheets into
 * the zip; `salespace rollup` uses it.
 */
import type { Workbook } from "exceljs";
import type {
  BookInventory,
  CellSelector,
  Progress,
  ReadingPort,
  RollupPort,
  RowAppender,
  SetupReport,
  TableRows,
  WorkbookSettings,
  WorkbookSetup,
} from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { CellValue, OwnedSheetPlan, SetupPlan } from "../core/plan/types";
import type { RawTable } from "../core/read/raw";
import { TABLES } from "../core/schema/tables";
import type { TableName } from "../core/schema/types";
import type { FormulaNames } from "./definedNames";
import { replaceOwnedSheetsIn } from "./ownedSheets";
import { applySetupPlan } from "./setup";
import { SETTINGS_SHEET, restoreSettings } from "../core/settings";
import { readSettingsSheet, writeSettingsSheet } from "./settingsSheet";
import { streamBook, type StreamedBook } from "./streamRead";
import { saveWithBulkRows } from "./bulkRows";
import { appendToTable, filledRowCount, findTable, headerCells, readRawTable } from "./tables";
import { loadWorkbook, newWorkbook, saveWorkbookAtomically } from "./workbookFile";

const ALL_TABLES: readonly TableName[] = TABLES.map((t) => t.name);

function tableMissing(table: TableName): SalesPaceError {
  return new SalesPaceError(
    "TableMissing",
    `The workbook has no table named ${table}; run "salespace init" (or Set up workbook) on it first.`,
    undefined,
    { table },
  );
}

/**
 * An .xlsx workbook held in memory: every capability but correcting a cell (the command line has no one
 * to click and confirm a suggestion).
 */
export class XlsxWorkbookPort implements RollupPort, WorkbookSetup, RowAppender, CellSelector {
  constructor(
    readonly workbook: Workbook,
    private readonly formulaNames: FormulaNames,
  ) {}

  async inspect(): Promise<BookInventory> {
    const tables = ALL_TABLES.flatMap((name) => {
      const found = findTable(this.workbook, name);
      if (!found) return [];
      return [
        {
          table: name,
          sheet: found.sheet.name,
          headers: headerCells(found),
          rowCount: filledRowCount(found),
        },
      ];
    });
    return {
      sheets: this.workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET).map((ws) => ws.name),
      tables,
      settings: readSettingsSheet(this.workbook),
    };
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    writeSettingsSheet(this.workbook, settings);
  }

  async applySetup(plan: SetupPlan): Promise<SetupReport> {
    return applySetupPlan(this.workbook, this.formulaNames, plan);
  }

  async readTables(tables: readonly TableName[], onProgress?: (p: Progress) => void): Promise<RawTable[]> {
    return tables.flatMap((name, i) => {
      onProgress?.({ step: name, done: i, total: tables.length });
      const found = findTable(this.workbook, name);
      return found ? [readRawTable(found, name)] : [];
    });
  }

  async appendRows(table: TableName, rows: readonly (readonly CellValue[])[]): Promise<void> {
    const found = findTable(this.workbook, table);
    if (!found) throw tableMissing(table);
    appendToTable(found, rows);
  }

  async appendTables(batches: readonly TableRows[]): Promise<void> {
    for (const { table, rows } of batches) if (rows.length > 0) await this.appendRows(table, rows);
  }

  async replaceOwnedSheets(
    plans: readonly OwnedSheetPlan[],
    onProgress?: (p: Progress) => void,
  ): Promise<void> {
    replaceOwnedSheetsIn(this.workbook, plans, onProgress);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new SalesPaceError("BadArgument", `No sheet named "${sheet}".`, undefined, { sheet });
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: index } as never];
    ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: address } as never];
  }

  /** Number of filled data rows of a table (0 when absent). */
  rowCount(table: TableName): number {
    const found = findTable(this.workbook, table);
    return found ? filledRowCount(found) : 0;
  }

  /**
   * Saves to `path` (atomically) with many rows appended to tables that are still empty, streamed into
   * the file instead of held in exceljs's model (for the big demo: see bulkRows.ts).
   * @throws Error when a table already has rows; SalesPaceError TableMissing / OutputNotWritable.
   */
  async saveAppending(
    path: string,
    rows: Partial<Record<TableName, readonly (readonly CellValue[])[]>>,
    onProgress?: (p: Progress) => void,
  ): Promise<void> {
    const big = (Object.keys(rows) as TableName[]).map((table) => {
      const found = findTable(this.workbook, table);
      if (!found) throw tableMissing(table);
      if (filledRowCount(found) > 0) throw new Error(`saveAppending needs ${table} to be empty`);
      return { table, rows: rows[table] ?? [] };
    });
    await saveWithBulkRows(this.workbook, big, path, (step, done, total) =>
      onProgress?.({ step, done, total }),
    );
  }

  /**
   * Writes the workbook to `path` atomically (temporary file + rename).
   * @throws SalesPaceError OutputNotWritable when it cannot.
   */
  async save(path: string): Promise<void> {
    await saveWorkbookAtomically(this.workbook, path);
  }
}

/**
 * Loads `path` into memory.
 * @throws SalesPaceError NotAWorkbook when it is not a readable .xlsx workbook.
 */
export async function openXlsxPort(path: string): Promise<XlsxWorkbookPort> {
  const { workbook, formulaNames } = await loadWorkbook(path);
  return new XlsxWorkbookPort(workbook, formulaNames);
}

/** A new, empty in-memory workbook (for `salespace init`). */
export function createXlsxPort(): XlsxWorkbookPort {
  const { workbook, formulaNames } = newWorkbook();
  return new XlsxWorkbookPort(workbook, formulaNames);
}

/**
 * A reading port that streams the file once, on first use, for every template table, and keeps what
 * it read: inspecting and reading again (inspect then read, a second action over the same file) take
 * it from the same pass instead of streaming the file again.
 */
export class XlsxStreamingReader implements ReadingPort {
  private pass: Promise<StreamedBook> | null = null;

  constructor(
    readonly path: string,
    private readonly onProgress?: (p: Progress) => void,
  ) {}

  private book(): Promise<StreamedBook> {
    this.pass ??= streamBook(this.path, ALL_TABLES, SETTINGS_SHEET, this.onProgress);
    return this.pass;
  }

  async inspect(): Promise<BookInventory> {
    const book = await this.book();
    return {
      sheets: book.sheets.filter((s) => s !== SETTINGS_SHEET),
      tables: book.tables.map((t) => ({
        table: t.table,
        sheet: t.sheet,
        headers: t.headers.map(String),
        rowCount: t.rows.length,
      })),
      settings: book.settings ? restoreSettings([...book.settings]) : null,
    };
  }

  /** The tables as read (the same objects on every call: callers only read them). */
  async readTables(tables: readonly TableName[]): Promise<RawTable[]> {
    const book = await this.book();
    return tables.flatMap((name) => book.tables.filter((t) => t.table === name));
  }
}

/**
 * Opens `path` for reading only, streaming (for validate on big workbooks).
 * @throws SalesPaceError NotAWorkbook when it is not a readable .xlsx workbook (on first read).
 */
export function openXlsxReader(path: string, onProgress?: (p: Progress) => void): XlsxStreamingReader {
  return new XlsxStreamingReader(path, onProgress);
}
