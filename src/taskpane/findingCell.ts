/**
 * Where a finding points in the workbook: the sheet its table is on and the A1 address of its cell, so
 * clicking a finding selects that cell. Column positions come from the table's headers as found (in
 * either language), the table's first column from the set-up layout.
 */
import type { BookInventory } from "../core/actions/port";
import { cell } from "../core/plan/a1";
import { templatePlacements } from "../core/plan/templateLayout";
import { tableDef } from "../core/schema/tables";
import { matchKey } from "../core/text/fold";
import type { Finding } from "../core/validate/finding";

export interface CellTarget {
  readonly sheet: string;
  /** A1 address, e.g. `D7`. */
  readonly address: string;
}

const FIRST_COLUMN = new Map(
  templatePlacements()
    .flat()
    .map((placement) => [placement.def.name, placement]),
);

/** The cell of `finding`, or null when its table is not in the workbook. */
export function findingCell(finding: Finding, inventory: BookInventory): CellTarget | null {
  const table = inventory.tables.find((t) => t.table === finding.table);
  if (!table) return null;
  const placement = FIRST_COLUMN.get(finding.table);
  const first = placement?.firstColumn ?? 0;
  const headerRow = placement?.headerRow ?? 1;
  let offset = 0;
  if (finding.column !== null) {
    const column = tableDef(finding.table).columns.find((c) => c.key === finding.column);
    if (column) {
      const names = new Set([matchKey(column.header.en), matchKey(column.header.zh)]);
      const found = table.headers.findIndex((header) => names.has(matchKey(header)));
      offset = found >= 0 ? found : 0;
    }
  }
  const row = finding.row ?? headerRow;
  return { sheet: table.sheet, address: cell(row, first + offset) };
}
