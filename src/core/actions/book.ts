/**
 * Loading the workbook for an action: read every template table through the port, clean it into typed
 * rows, and build what every rule and metric needs (master lists, working-day calendar, settings).
 */
import { SalesPaceError } from "../errors";
import { type MasterIndex, buildMasterIndex } from "../lists";
import type { SalesBook } from "../model";
import { type WorkCalendar, buildCalendar } from "../periods";
import { type ColumnHeaders, type TableLocations, headerLanguage, readBook } from "../read";
import type { RawTable } from "../read/raw";
import { SCHEMA_VERSION, TABLES } from "../schema/tables";
import type { Lang } from "../schema/types";
import type { Finding } from "../validate/finding";
import { defaultSettings } from "../settings";
import type { BookInventory, ReadingPort, WorkbookSettings } from "./port";
import { type ActionContext, step } from "./types";

export interface LoadedBook {
  readonly book: SalesBook;
  /** The header text each column was found under: formulas and names refer to columns by it. */
  readonly headers: ColumnHeaders;
  /** Findings the reader made about cells it could not read. */
  readonly readFindings: readonly Finding[];
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly settings: WorkbookSettings;
  /** Where each table and column was found, so findings and links point at the right cells. */
  readonly locations: TableLocations;
}

/**
 * The workbook's settings, or the defaults for a workbook without them (made by hand or by another
 * tool): its language is the one most of its headers are in (SPEC §1), else `fallbackLang`.
 */
export function settingsOf(inventory: BookInventory, fallbackLang: Lang): WorkbookSettings {
  return (
    inventory.settings ?? defaultSettings(headerLanguage(inventory.tables) ?? fallbackLang, SCHEMA_VERSION)
  );
}

/**
 * @throws SalesPaceError NotSetUp when none of the template tables exists.
 */
export function ensureSetUp(inventory: BookInventory): void {
  if (inventory.tables.length === 0) {
    throw new SalesPaceError(
      "NotSetUp",
      "This workbook has no SalesPace tables yet. Run Set up workbook first.",
    );
  }
}

/**
 * @throws SalesPaceError TableMissing naming the first template table that was deleted, converted to a
 *   range or renamed: read as empty, it would silently drop people's rows from checks and rollups.
 */
export function ensureAllTables(inventory: BookInventory): void {
  const present = new Set(inventory.tables.map((t) => t.table));
  const missing = TABLES.find((t) => !present.has(t.name));
  if (missing) {
    throw new SalesPaceError(
      "TableMissing",
      `The table ${missing.name} (sheet "${missing.sheet.en}" / "${missing.sheet.zh}") is missing: it was deleted, converted to a range or renamed. Rename it back to ${missing.name} (Table Design › Table Name) or run Set up workbook, then try again.`,
      undefined,
      { table: missing.name },
    );
  }
}

/**
 * What reading the whole workbook needs: it is set up and no template table is missing.
 * @throws SalesPaceError NotSetUp or TableMissing.
 */
export function ensureReadable(inventory: BookInventory): void {
  ensureSetUp(inventory);
  ensureAllTables(inventory);
}

/**
 * Reads every template table through the port, as raw grids (what `bookOf` cleans, in place or in a
 * Web Worker).
 *
 * @throws SalesPaceError NotSetUp, TableMissing or the port's errors.
 */
export async function readRawTables(
  ctx: ActionContext<ReadingPort>,
  inventory: BookInventory,
): Promise<RawTable[]> {
  ensureReadable(inventory);
  step(ctx, "read", 0, 1);
  const raws = await ctx.port.readTables(
    TABLES.map((t) => t.name),
    ctx.onProgress,
  );
  step(ctx, "read", 1, 1);
  return raws;
}

/**
 * Cleans raw tables into typed rows and builds what every rule and metric needs.
 *
 * @throws SalesPaceError ColumnMissing (from reading).
 * @example bookOf(await port.readTables(names), settingsOf(inventory, "zh")).book.dailyReports
 */
export function bookOf(raws: readonly RawTable[], settings: WorkbookSettings): LoadedBook {
  const { book, findings, headers, locations } = readBook(raws);
  return {
    book,
    headers,
    locations,
    readFindings: findings,
    index: buildMasterIndex(book),
    calendar: buildCalendar(book.calendar),
    settings,
  };
}

/**
 * Reads and cleans every template table.
 *
 * @throws SalesPaceError NotSetUp, TableMissing, ColumnMissing (from reading) or the port's errors.
 */
export async function loadBook(
  ctx: ActionContext<ReadingPort>,
  inventory: BookInventory,
): Promise<LoadedBook> {
  return bookOf(await readRawTables(ctx, inventory), settingsOf(inventory, ctx.lang));
}
