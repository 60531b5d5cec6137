/**
 * Reading template tables from a big .xlsx without loading it: exceljs's streaming WorkbookReader
 * goes through the sheets row by row and keeps only the cells of the tables asked for.
 *
 * The streaming reader does not parse table parts (xl/tables/*.xml), so a table is found by its
 * header row: on a sheet named as the template says (either language; any sheet if none is), the
 * first row among the sheet's first HEADER_SEARCH_ROWS holding every required column's header (either
 * language) starts the table; its columns are that unbroken run of non-empty header cells (set-up
 * leaves a blank column between tables side by side). The table runs down to its last non-blank row,
 * or to the row above the next template header found in the same columns. Only the first rows are
 * searched so that 400,000 data rows are not each compared with nine templates' headers. Cells come back as Office.js `values` would give them:
 * styles are not read, so a date stays its serial number.
 */
import { createReadStream } from "node:fs";
import ExcelJS from "exceljs";
import type { Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { RawCell, RawTable } from "../core/read/raw";
import { tableDef } from "../core/schema/tables";
import type { TableName } from "../core/schema/types";
import { matchKey } from "../core/text/fold";
import { rawCellOf } from "./cellValue";
import { checkWorkbookFile } from "./workbookFile";

/** A template's header row is looked for in this many first rows of each sheet (set-up puts it in row 1). */
const HEADER_SEARCH_ROWS = 100;

interface Wanted {
  readonly table: TableName;
  readonly sheetKeys: ReadonlySet<string>;
  readonly requiredKeys: readonly (readonly string[])[];
}

interface Open {
  readonly wanted: Wanted;
  readonly sheet: string;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly headers: RawCell[];
  readonly rows: RawCell[][];
  closed: boolean;
}

function wantedOf(table: TableName): Wanted {
  const def = tableDef(table);
  return {
    table,
    sheetKeys: new Set([def.sheet.en, def.sheet.zh].map(matchKey)),
    requiredKeys: def.columns
      .filter((c) => c.required)
      .map((c) => [matchKey(c.header.en), matchKey(c.header.zh)]),
  };
}

/** 1-based cells of a streamed row as RawCells (index 0 unused). */
function cellsOf(values: unknown): RawCell[] {
  const out: RawCell[] = [];
  if (!Array.isArray(values)) return out;
  for (let c = 1; c < values.length; c++) out[c] = rawCellOf(values[c]);
  return out;
}

const keyAt = (cells: readonly RawCell[], c: number): string =>
  typeof cells[c] === "string" ? matchKey(cells[c] as string) : "";

/**
 * Where `wanted`'s header is in this row: the first unbroken run of non-empty cells that holds every
 * required column's header (tables side by side share header words such as "Name", so a run is
 * judged as a whole), or null.
 */
function headerSpan(wanted: Wanted, cells: readonly RawCell[]): { left: number; right: number } | null {
  let c = 1;
  while (c < cells.length) {
    if (keyAt(cells, c) === "") {
      c++;
      continue;
    }
    const left = c;
    const keys = new Set<string>();
    while (c < cells.length && keyAt(cells, c) !== "") keys.add(keyAt(cells, c++));
    const complete = wanted.requiredKeys.every((alternatives) => alternatives.some((k) => keys.has(k)));
    if (complete) return { left, right: c - 1 };
  }
  return null;
}

function slice(cells: readonly RawCell[], left: number, right: number): RawCell[] {
  const out: RawCell[] = [];
  for (let c = left; c <= right; c++) out.push(cells[c] ?? "");
  return out;
}

const isBlank = (cells: readonly RawCell[]): boolean => cells.every((v) => v === "");

function finish(open: Open): RawTable {
  const rows = open.rows;
  while (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  return {
    table: open.wanted.table,
    sheet: open.sheet,
    headerRow: open.headerRow,
    firstColumn: open.left - 1,
    headers: open.headers,
    rows,
  };
}

/** What one streaming pass found. */
export interface StreamedBook {
  readonly sheets: readonly string[];
  readonly tables: readonly RawTable[];
  /** Column A → column B of the settings sheet, when there is one. */
  readonly settings: ReadonlyMap<string, RawCell> | null;
}

/**
 * Streams `path` once and returns the asked-for tables (absent ones left out), the sheet names and
 * the settings sheet's pairs.
 * @throws SalesPaceError NotAWorkbook when the file is not a readable .xlsx.
 */
export async function streamBook(
  path: string,
  tables: readonly TableName[],
  settingsSheet: string,
  onProgress?: (p: Progress) => void,
): Promise<StreamedBook> {
  await checkWorkbookFile(path);
  const wanted = tables.map(wantedOf);
  const found = new Map<TableName, Open>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  const fallback: Open[] = [];
  const sheets: string[] = [];
  let settings: Map<string, RawCell> | null = null;
  let rowsRead = 0;
  try {
    for await (const worksheet of reader) {
      const sheetName = String((worksheet as unknown as { name: string }).name);
      sheets.push(sheetName);
      if (sheetName === settingsSheet) {
        settings = new Map();
        for await (const row of worksheet as unknown as AsyncIterable<{ values: unknown }>) {
          const cells = cellsOf(row.values);
          settings.set(String(cells[1] ?? ""), cells[2] ?? "");
        }
        continue;
      }
      const onNamedSheet = new Set(
        wanted.filter((w) => w.sheetKeys.has(matchKey(sheetName))).map((w) => w.table),
      );
      const open: Open[] = [];
      for await (const row of worksheet as unknown as AsyncIterable<{ number: number; values: unknown }>) {
        const cells = cellsOf(row.values);
        for (const w of row.number <= HEADER_SEARCH_ROWS ? wanted : []) {
          if (found.has(w.table) && found.get(w.table)!.sheet !== sheetName) continue;
          if (open.some((o) => o.wanted === w)) continue;
          const span = headerSpan(w, cells);
          if (!span) continue;
          // A template header in the columns of an open table ends that table.
          for (const o of open) if (span.left <= o.right && span.right >= o.left) o.closed = true;
          const entry: Open = {
            wanted: w,
            sheet: sheetName,
            headerRow: row.number,
            ...span,
            headers: slice(cells, span.left, span.right),
            rows: [],
            closed: false,
          };
          open.push(entry);
          if (onNamedSheet.has(w.table)) found.set(w.table, entry);
          else fallback.push(entry);
        }
        for (const o of open) {
          if (o.closed || row.number <= o.headerRow) continue;
          while (o.headerRow + 1 + o.rows.length < row.number) o.rows.push([]);
          o.rows.push(slice(cells, o.left, o.right));
        }
        if (++rowsRead % 20000 === 0) onProgress?.({ step: "read", done: rowsRead, total: 0 });
      }
    }
  } catch (error) {
    throw new SalesPaceError(
      "NotAWorkbook",
      `${path}: is a corrupt or unreadable .xlsx file.`,
      String(error),
      {
        path,
      },
    );
  }
  for (const entry of fallback) if (!found.has(entry.wanted.table)) found.set(entry.wanted.table, entry);
  const raws = tables.flatMap((t) => {
    const entry = found.get(t);
    if (!entry) return [];
    entry.rows.forEach((r, i) => {
      if (r.length === 0) entry.rows[i] = entry.headers.map(() => "");
    });
    return [finish(entry)];
  });
  return { sheets, tables: raws, settings };
}
