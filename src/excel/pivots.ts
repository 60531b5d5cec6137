/**
 * PivotTables on an owned sheet (ExcelApi 1.8): source = the facts table (a Table, so Excel's Refresh
 * All picks up new rows), hierarchies per plan, `summarizeBy` always set because Excel may default a
 * data field to Count. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-pivottables
 * Without ExcelApi 1.8 the pivots are left out and the plan's note (its words, in the workbook language)
 * says why on the sheet.
 */
import type { PivotPlan } from "../core/plan/types";
import type { Session } from "./session";

export function addPivots(context: Session, sheet: Excel.Worksheet, pivots: readonly PivotPlan[]): void {
  for (const plan of pivots) {
    const source = context.workbook.tables.getItem(plan.sourceTable);
    const pivot = sheet.pivotTables.add(plan.name, source, sheet.getRange(plan.destination));
    for (const field of plan.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(field));
    for (const field of plan.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(field));
    for (const field of plan.filters) pivot.filterHierarchies.add(pivot.hierarchies.getItem(field));
    for (const data of plan.data) {
      const hierarchy = pivot.dataHierarchies.add(pivot.hierarchies.getItem(data.field));
      hierarchy.summarizeBy = data.summarizeBy;
      hierarchy.numberFormat = data.numberFormat;
      hierarchy.name = data.name;
    }
  }
}

/** The plan's lines written instead of pivots, one per row from the first pivot's destination down. */
export function notePivotsSkipped(
  sheet: Excel.Worksheet,
  pivots: readonly PivotPlan[],
  lines: readonly string[],
): void {
  const [first] = pivots;
  if (!first || lines.length === 0) return;
  const note = sheet.getRange(first.destination).getResizedRange(lines.length - 1, 0);
  note.numberFormat = lines.map(() => ["@"]);
  note.values = lines.map((line) => [line]);
}
