/**
 * What the actions may ask of a workbook, one capability an interface: `src/excel` over Office.js has
 * them all (`WorkbookPort`); the `src/xlsx` ports over files have the ones they can do (a streaming
 * reader only inspects and reads). Actions (the commands the task pane, the ribbon and the CLI dispatch)
 * talk only to these.
 */
import type { TableName } from "../schema/types";
import type { RawTable } from "../read/raw";
import type { CellValue, OwnedSheetPlan, SetupPlan } from "../plan/types";
import type { WorkbookSettings } from "../settings";

export type { WorkbookSettings } from "../settings";

export interface TableInventory {
  readonly table: TableName;
  readonly sheet: string;
  /** Header cells as found. */
  readonly headers: readonly string[];
  readonly rowCount: number;
}

/** What the workbook holds now: used for "is it set up?" and by set-up to plan only what is missing. */
export interface BookInventory {
  readonly sheets: readonly string[];
  readonly tables: readonly TableInventory[];
  readonly settings: WorkbookSettings | null;
}

/** What applying the set-up plan did (empty lists = nothing was written). */
export interface SetupReport {
  readonly sheetsAdded: readonly string[];
  readonly tablesAdded: readonly TableName[];
  readonly columnsAdded: readonly { readonly table: TableName; readonly header: string }[];
  readonly validationsAdded: number;
}

/** Progress of a long operation: which step, how far. */
export interface Progress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

/** What rebuilding owned sheets left out. */
export interface OwnedSheetsReport {
  /** PivotTables not created because the host lacks ExcelApi 1.8 (a note on the Pivots sheet says why). */
  readonly pivotsSkipped: readonly string[];
}

/** Rows for one table, in table column order. */
export interface TableRows {
  readonly table: TableName;
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * One cell of a template table that a person chose to correct by applying a finding's suggestion: the
 * only write SalesPace makes into what people typed, and only on that person's click and confirmation.
 */
export interface CellCorrection {
  readonly table: TableName;
  /** Worksheet row as in findings (1-based). */
  readonly row: number;
  /** Every header the column may have (either language, former spellings). */
  readonly headers: readonly string[];
  /** What the cell held when it was validated; a cell that holds anything else now is left alone. */
  readonly expected: string;
  readonly value: string;
}

export interface CellCorrectionReport {
  readonly sheet: string;
  /** A1 address of the corrected cell, e.g. `D7`. */
  readonly address: string;
  /** Whether Excel's Undo can take the change back (ExcelApi 1.20 puts add-in writes on the undo stack). */
  readonly undoable: boolean;
}

/**
 * Looking at the workbook: its sheets, template tables and settings. Every action starts with it
 * (`defineAction` inspects once and hands the inventory on), so every port has it.
 */
export interface BookInspector {
  inspect(): Promise<BookInventory>;
}

/** Reading template tables as raw grids. */
export interface TableReader {
  /** Reads the named tables (absent ones are left out of the result). */
  readTables(tables: readonly TableName[], onProgress?: (p: Progress) => void): Promise<RawTable[]>;
}

/** Rebuilding the sheets SalesPace owns (rollups, the Validation sheet). */
export interface OwnedSheetWriter {
  /** Rebuilds add-in-owned sheets atomically: build under a temporary name, then put in place (a sheet that
   *  exists is kept and refilled, so links people made to it survive). */
  replaceOwnedSheets(
    plans: readonly OwnedSheetPlan[],
    onProgress?: (p: Progress) => void,
  ): Promise<OwnedSheetsReport | void>;
}

/** Setting a workbook up: templates, and the settings SalesPace keeps in it. */
export interface WorkbookSetup {
  /** Adds what the plan has and the workbook lacks; never deletes, moves or rewrites people's rows.
   *  @throws SalesPaceError SheetNameTaken when a sheet of a template's name holds something else. */
  applySetup(plan: SetupPlan): Promise<SetupReport>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
}

/** Adding rows below what people typed (sample data, the split tool's children); never rewriting it. */
export interface RowAppender {
  /** Appends rows below a table's last row (never rewrites the table). Values are in table column order. */
  appendRows(table: TableName, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** `appendRows` for several tables at once (the Excel adapter packs them into fewer requests). */
  appendTables(batches: readonly TableRows[], onProgress?: (p: Progress) => void): Promise<void>;
}

/** Showing a person a cell: where a finding points, or a sheet just written. */
export interface CellSelector {
  /** Activates the sheet and selects the cell (`B7`). */
  selectCell(sheet: string, address: string): Promise<void>;
}

/** Writing one suggested value into a cell a person typed (only where someone clicked and confirmed). */
export interface CellCorrector {
  /**
   * Writes one corrected cell.
   * @throws SalesPaceError CellChanged when the cell no longer holds `expected` (a colleague changed it).
   */
  correctCell(correction: CellCorrection): Promise<CellCorrectionReport>;
}

/** What reading the template tables takes: validate, preview a split, the command line's readers. */
export type ReadingPort = BookInspector & TableReader;

/** What Refresh rollups takes: read the tables, rebuild the owned sheets. */
export type RollupPort = ReadingPort & OwnedSheetWriter;

/**
 * Every capability: what a workbook open in Excel offers (`src/excel`, and the workbench over the Excel
 * double). Other adapters implement only the capabilities they have, and an action names the ones it
 * needs (`defineAction`), so running it over a port that lacks one is a type error.
 */
export type WorkbookPort = RollupPort & WorkbookSetup & RowAppender & CellSelector & CellCorrector;
