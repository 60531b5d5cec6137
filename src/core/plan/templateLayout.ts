/**
 * Where set-up puts each template table: which sheet, which anchor. The Lists sheet holds the four
 * master lists side by side with one empty column between them; every other template has a sheet
 * of its own with its table at A1. The set-up plan reads this one layout; links follow where the reader found each table.
 */
import type { TableLocation, TableLocations } from "../read/locations";
import { TABLES } from "../schema/tables";
import type { Lang, TableDef, TableName } from "../schema/types";

export interface TablePlacement {
  readonly def: TableDef;
  /** 0-based column of the table's first column. */
  readonly firstColumn: number;
  /** Row of the header. */
  readonly headerRow: number;
}

const HEADER_ROW = 1;

/** Template tables grouped by sheet, in set-up order, with their first column. */
export function templatePlacements(): TablePlacement[][] {
  const bySheet = new Map<string, TablePlacement[]>();
  for (const def of TABLES) {
    const group = bySheet.get(def.sheet.en) ?? [];
    const previous = group[group.length - 1];
    const firstColumn = previous ? previous.firstColumn + previous.def.columns.length + 1 : 0;
    group.push({ def, firstColumn, headerRow: HEADER_ROW });
    bySheet.set(def.sheet.en, group);
  }
  return [...bySheet.values()];
}

/**
 * Where set-up puts every table and column, as locations (the sheet names in `lang`): what a workbook that
 * set-up made and nobody rearranged looks like to the reader.
 *
 * @example cellOf(templateLocations("en"), "DailyReport", 7, "customer") // { sheet: "Daily Report", address: "D7" }
 */
export function templateLocations(lang: Lang): TableLocations {
  const locations = new Map<TableName, TableLocation>();
  for (const { def, firstColumn, headerRow } of templatePlacements().flat()) {
    const columns = new Map(def.columns.map((column, i) => [column.key, firstColumn + i]));
    const byKey = Object.fromEntries(def.columns.map((column) => [column.key, column.header[lang]]));
    locations.set(def.name, { sheet: def.sheet[lang], byKey, headerRow, firstColumn, columns });
  }
  return locations;
}
