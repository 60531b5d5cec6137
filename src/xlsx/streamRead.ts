/**
 * Reading template tables from a big .xlsx without loading it: the sheets are scanned row by row
 * (sheetStream.ts) and only the cells of the tables asked for are kept.
 *
 * Table parts (xl/tables/*.xml) are not consulted, so a table is found by its header row: on a
 * sheet named as the template says (either language; any sheet if none is), the first row among
 * the sheet's first HEADER_SEARCH_ROWS holding every required column's header (either language)
 * starts the table; its columns are that unbroken run of non-empty header cells (set-up leaves a
 * blank column between tables side by side), given to the template it fits best. The table runs
 * down to its last non-blank row, or to the row above the next template header in the same
 * columns. Only the first rows are searched so that 400,000 data rows are not each compared with
 * nine templates' headers. Cells come back as Office.js `values` would give them.
 */
import type { Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { RawCell, RawTable } from "../core/read/raw";
import { tableDef } from "../core/schema/tables";
import type { TableName } from "../core/schema/types";
import { matchKey } from "../core/text/fold";
import { openPackage, sheetRows } from "./sheetStream";
import { checkWorkbookFile } from "./workbookFile";

/** A template's header row is looked for in this many first rows of each sheet (set-up puts it in row 1). */
const HEADER_SEARCH_ROWS = 100;

interface Wanted {
  readonly table: TableName;
  readonly sheetKeys: ReadonlySet<string>;
  readonly requiredKeys: readonly (readonly string[])[];
  /** Every column's header, both languages. */
  readonly headerKeys: ReadonlySet<string>;
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
    headerKeys: new Set(def.columns.flatMap((c) => [matchKey(c.header.en), matchKey(c.header.zh)])),
  };
}

const keyAt = (cells: readonly RawCell[], c: number): string =>
  typeof cells[c] === "string" ? matchKey(cells[c] as string) : "";

interface HeaderRun {
  readonly left: number;
  readonly right: number;
  readonly keys: ReadonlySet<string>;
}

/** The unbroken runs of non-empty text cells in a row: candidate header rows of tables. */
function headerRuns(cells: readonly RawCell[]): HeaderRun[] {
  const runs: HeaderRun[] = [];
  let c = 1;
  while (c < cells.length) {
    if (keyAt(cells, c) === "") {
      c++;
      continue;
    }
    const left = c;
    const keys = new Set<string>();
    while (c < cells.length && keyAt(cells, c) !== "") keys.add(keyAt(cells, c++));
    runs.push({ left, right: c - 1, keys });
  }
  return runs;
}

/**
 * How well a run fits a template's header: null unless it holds every required column's header;
 * else its own headers minus cells that are not (DailyReport's header also holds all of VisitPlan's
 * required columns, but Attendance and the rest make it fit DailyReport better).
 */
function fit(wanted: Wanted, run: HeaderRun): number | null {
  if (!wanted.requiredKeys.every((alternatives) => alternatives.some((k) => run.keys.has(k)))) return null;
  let score = 0;
  for (const key of run.keys) score += wanted.headerKeys.has(key) ? 1 : -1;
  return score;
}

/** The template whose header the run is, among those still looked for, or null. */
function bestFit(candidates: readonly Wanted[], run: HeaderRun): Wanted | null {
  let best: Wanted | null = null;
  let bestScore = -Infinity;
  for (const w of candidates) {
    const score = fit(w, run);
    if (score !== null && score > bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Remembers, per template, the run on its own sheet that shares most of its headers (at least two),
 * in case no run holds them all.
 */
function notePartialHeader(
  partial: Map<TableName, Open & { score: number }>,
  wanted: readonly Wanted[],
  onNamedSheet: ReadonlySet<TableName>,
  sheet: string,
  headerRow: number,
  run: HeaderRun,
  cells: readonly RawCell[],
): void {
  for (const w of wanted) {
    if (!onNamedSheet.has(w.table)) continue;
    let score = 0;
    for (const key of run.keys) if (w.headerKeys.has(key)) score++;
    if (score < 2 || score <= (partial.get(w.table)?.score ?? 0)) continue;
    const headers = slice(cells, run.left, run.right);
    partial.set(w.table, {
      wanted: w,
      sheet,
      headerRow,
      left: run.left,
      right: run.right,
      headers,
      rows: [],
      closed: true,
      score,
    });
  }
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
  const fallback: Open[] = [];
  const partial = new Map<TableName, Open & { score: number }>();
  const sheets: string[] = [];
  let settings: Map<string, RawCell> | null = null;
  let rowsRead = 0;
  try {
    const xlsx = await openPackage(path);
    for (const sheet of xlsx.sheets) {
      const sheetName = sheet.name;
      sheets.push(sheetName);
      if (sheetName === settingsSheet) {
        settings = new Map();
        for await (const row of sheetRows(sheet, xlsx)) {
          settings.set(String(row.cells[1] ?? ""), row.cells[2] ?? "");
        }
        continue;
      }
      const onNamedSheet = new Set(
        wanted.filter((w) => w.sheetKeys.has(matchKey(sheetName))).map((w) => w.table),
      );
      const open: Open[] = [];
      for await (const row of sheetRows(sheet, xlsx)) {
        const cells = row.cells;
        const runs = row.number <= HEADER_SEARCH_ROWS ? headerRuns(cells) : [];
        for (const span of runs) {
          notePartialHeader(partial, wanted, onNamedSheet, sheetName, row.number, span, cells);
          const candidates = wanted.filter(
            (w) =>
              !open.some((o) => o.wanted === w) &&
              !(found.has(w.table) && found.get(w.table)!.sheet !== sheetName),
          );
          const w = bestFit(candidates, span);
          if (!w) continue;
          // A template header in the columns of an open table ends that table.
          for (const o of open) if (span.left <= o.right && span.right >= o.left) o.closed = true;
          const entry: Open = {
            wanted: w,
            sheet: sheetName,
            headerRow: row.number,
            left: span.left,
            right: span.right,
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
  // A header with a required column renamed: hand it over without rows, so the reader names the column.
  for (const [table, entry] of partial) if (!found.has(table)) found.set(table, entry);
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
