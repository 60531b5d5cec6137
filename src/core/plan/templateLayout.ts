/**
 * Where set-up puts each template table: which sheet, which anchor. The Lists sheet holds the four
 * master lists side by side with one empty column between them; every other template has a sheet
 * of its own with its table at A1. Validation links and the set-up plan both read this one layout.
 */
import { tableDef, TABLES } from "../schema/tables";
import type { Lang, TableDef, TableName } from "../schema/types";
import { cell, sheetReference } from "./a1";

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

const PLACEMENT = new Map<TableName, TablePlacement>(
  templatePlacements()
    .flat()
    .map((p) => [p.def.name, p]),
);

/**
 * The sheet-qualified cell of a template table's column on a worksheet row, as set-up lays it out.
 * A null column points at the table's first column.
 *
 * @example templateCellReference("en", "DailyReport", "customer", 7) === "'Daily Report'!D7"
 */
export function templateCellReference(
  lang: Lang,
  table: TableName,
  column: string | null,
  row: number,
): string {
  const placement = PLACEMENT.get(table) ?? { def: tableDef(table), firstColumn: 0, headerRow: HEADER_ROW };
  const index =
    column === null
      ? 0
      : Math.max(
          0,
          placement.def.columns.findIndex((c) => c.key === column),
        );
  return sheetReference(placement.def.sheet[lang], cell(row, placement.firstColumn + index));
}
