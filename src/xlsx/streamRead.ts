/**
 * Reading template tables from a big .xlsx without loading it. Tables are found the way Excel and the
 * add-in find them: by name, in the table parts (workbook → sheet relationships → xl/tables/*.xml),
 * so a table that was converted to a range, renamed or deleted is missing here too. Only the sheets
 * holding an asked-for table (and the settings sheet) are streamed, row by row (sheetStream.ts), and
 * only the cells inside each table's range are kept. Cells come back as Office.js `values` would
 * give them.
 */
import type { Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { RawCell, RawTable } from "../core/read/raw";
import type { TableName } from "../core/schema/types";
import { CorruptPackage } from "./corruptPackage";
import { openPackage, type SheetPart, type TablePart } from "./packageRead";
import { sheetRows } from "./sheetStream";
import { checkWorkbookFile } from "./workbookFile";

interface Collecting {
  readonly table: TableName;
  readonly part: TablePart;
  /** First and last data row. */
  readonly top: number;
  readonly bottom: number;
  headers: RawCell[];
  readonly rows: RawCell[][];
}

/**
 * A row's cells of one table. Sized up front: grown by push, a 19-cell row would reserve 41 slots,
 * which over 400,000 report rows is about 70 MB of empty slots.
 */
function slice(cells: readonly RawCell[], left: number, right: number): RawCell[] {
  const out = new Array<RawCell>(right - left + 1);
  for (let c = left; c <= right; c++) out[c - left] = cells[c] ?? "";
  return out;
}

const isBlank = (cells: readonly RawCell[]): boolean => cells.every((v) => v === "");

function collecting(table: TableName, part: TablePart): Collecting {
  const { box, headerRows, totalsRows, columns } = part;
  return {
    table,
    part,
    top: box.top + headerRows,
    bottom: box.bottom - totalsRows,
    // A header cell missing from the sheet's XML still has its column's name in the table part.
    headers: columns.slice(0, box.right - box.left + 1),
    rows: [],
  };
}

/** Header cells as the sheet holds them, each missing one taken from the table part's column name. */
function headerCells(c: Collecting, cells: readonly RawCell[]): RawCell[] {
  const { left, right } = c.part.box;
  return slice(cells, left, right).map((v, i) => (v === "" ? (c.part.columns[i] ?? "") : v));
}

function finish(sheet: string, c: Collecting): RawTable {
  const { box } = c.part;
  const width = box.right - box.left + 1;
  const rows = c.rows;
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = new Array(width).fill("");
  // Office.js gives the whole range; the readers leave out blank rows at the bottom (a fresh table
  // has one blank placeholder row), as the in-memory reader does.
  while (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  return { table: c.table, sheet, headerRow: box.top, firstColumn: box.left - 1, headers: c.headers, rows };
}

/** What one streaming pass found. */
export interface StreamedBook {
  readonly sheets: readonly string[];
  readonly tables: readonly RawTable[];
  /** Column A → column B of the settings sheet, when there is one. */
  readonly settings: ReadonlyMap<string, RawCell> | null;
}

/** The asked-for tables on a sheet (Excel compares table names case-insensitively). */
function wantedOn(sheet: SheetPart, wanted: ReadonlyMap<string, TableName>): Collecting[] {
  return sheet.tables.flatMap((part) => {
    const table = wanted.get(part.name.toLowerCase());
    return table === undefined ? [] : [collecting(table, part)];
  });
}

async function readSheet(
  sheet: SheetPart,
  tables: readonly Collecting[],
  xlsx: Awaited<ReturnType<typeof openPackage>>,
  onRow: () => void,
): Promise<void> {
  const lastRow = Math.max(...tables.map((t) => t.bottom));
  for await (const rows of sheetRows(sheet, xlsx)) {
    for (const row of rows) {
      for (const t of tables) {
        if (t.part.headerRows > 0 && row.number === t.part.box.top) t.headers = headerCells(t, row.cells);
        else if (row.number >= t.top && row.number <= t.bottom) {
          t.rows[row.number - t.top] = slice(row.cells, t.part.box.left, t.part.box.right);
        }
      }
      onRow();
      // Rows below every table (an owned block further down) are of no interest.
      if (row.number > lastRow) return;
    }
  }
}

/**
 * Streams `path` and returns the asked-for tables (absent ones left out), the sheet names and the
 * settings sheet's pairs.
 * @throws SalesPaceError NotAWorkbook when the file is not a readable .xlsx.
 */
export async function streamBook(
  path: string,
  tables: readonly TableName[],
  settingsSheet: string,
  onProgress?: (p: Progress) => void,
): Promise<StreamedBook> {
  await checkWorkbookFile(path);
  const wanted = new Map(tables.map((t) => [t.toLowerCase(), t]));
  const found = new Map<TableName, RawTable>();
  let settings: Map<string, RawCell> | null = null;
  let rowsRead = 0;
  const onRow = (): void => {
    if (++rowsRead % 20000 === 0) onProgress?.({ step: "read", done: rowsRead, total: 0 });
  };
  let sheets: string[];
  try {
    const xlsx = await openPackage(path);
    sheets = xlsx.sheets.map((s) => s.name);
    for (const sheet of xlsx.sheets) {
      if (sheet.name === settingsSheet) {
        settings = new Map();
        for await (const rows of sheetRows(sheet, xlsx)) {
          for (const row of rows) settings.set(String(row.cells[1] ?? ""), row.cells[2] ?? "");
        }
        continue;
      }
      const on = wantedOn(sheet, wanted).filter((c) => !found.has(c.table));
      if (on.length === 0) continue;
      await readSheet(sheet, on, xlsx, onRow);
      for (const c of on) found.set(c.table, finish(sheet.name, c));
    }
  } catch (error) {
    if (!(error instanceof CorruptPackage)) throw error;
    throw new SalesPaceError(
      "NotAWorkbook",
      `${path}: is a corrupt or unreadable .xlsx file.`,
      error.message,
      {
        path,
      },
    );
  }
  const raws = tables.flatMap((t) => {
    const table = found.get(t);
    return table ? [table] : [];
  });
  return { sheets, tables: raws, settings };
}
