/**
 * Reading a set-up workbook into what the core works on: the typed book, reader findings, master
 * index, calendar and the workbook's settings.
 */
import type { WorkbookPort, WorkbookSettings } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import { buildMasterIndex } from "../core/lists";
import type { MasterIndex } from "../core/lists/types";
import type { SalesBook } from "../core/model";
import { buildCalendar, type WorkCalendar } from "../core/periods";
import { readBook } from "../core/read";
import { TABLES } from "../core/schema/tables";
import type { Lang } from "../core/schema/types";
import type { Finding } from "../core/validate/finding";
import { matchKey } from "../core/text/fold";
import type { Reporter } from "./progress";

export interface LoadedBook {
  readonly lang: Lang;
  readonly settings: WorkbookSettings;
  readonly book: SalesBook;
  readonly readFindings: Finding[];
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
}

const DEFAULT_OVERDUE_DAYS = 2;

/** The workbook language: its settings, else the language of its template sheet names. */
function languageOf(settings: WorkbookSettings | null, sheets: readonly string[]): Lang {
  if (settings) return settings.lang;
  const zhSheets = new Set(TABLES.map((t) => matchKey(t.sheet.zh)));
  return sheets.some((s) => zhSheets.has(matchKey(s))) ? "zh" : "en";
}

/**
 * Reads every template table.
 * @throws SalesPaceError TableMissing naming the first absent table; ColumnMissing from the reader.
 */
export async function loadBook(port: WorkbookPort, reporter: Reporter): Promise<LoadedBook> {
  reporter.step("reading the workbook");
  const inventory = await port.inspect();
  const present = new Set(inventory.tables.map((t) => t.table));
  const missing = TABLES.find((t) => !present.has(t.name));
  if (missing) {
    throw new SalesPaceError(
      "TableMissing",
      `The workbook has no table named ${missing.name} (sheet "${missing.sheet.en}" / "${missing.sheet.zh}"); run "salespace init" on a new file or Set up workbook in Excel.`,
      undefined,
      { table: missing.name },
    );
  }
  const lang = languageOf(inventory.settings, inventory.sheets);
  const settings = inventory.settings ?? { lang, schemaVersion: 0, signOffOverdueDays: DEFAULT_OVERDUE_DAYS };
  const raws = await port.readTables(
    TABLES.map((t) => t.name),
    (p) => reporter.progress(p),
  );
  reporter.step("checking rows");
  const { book, findings } = readBook(raws);
  return {
    lang,
    settings,
    book,
    readFindings: findings,
    index: buildMasterIndex(book),
    calendar: buildCalendar(book.calendar),
  };
}
