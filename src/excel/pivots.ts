/**
 * PivotTables on an owned sheet (ExcelApi 1.8): source = the facts table (a Table, so Excel's Refresh
 * All picks up new rows), hierarchies per plan, `summarizeBy` always set because Excel may default a
 * data field to Count. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-pivottables
 * Without ExcelApi 1.8 the pivots are left out and a note on the sheet says why.
 */
import type { PivotPlan } from "../core/plan/types";
import type { Session } from "./session";

/** Shown on the Pivots sheet when the host cannot create PivotTables (both workbook languages). */
export const PIVOTS_UNSUPPORTED_NOTE =
  "PivotTables need Excel API 1.8 (Excel 2019 or later, Microsoft 365, or Excel on the web); this Excel is older, so SalesPace left them out. The Scorecard sheet shows the same figures. " +
  "数据透视表需要 Excel API 1.8（Excel 2019 及以上、Microsoft 365 或网页版 Excel）；当前 Excel 版本较旧，已略过。目标达成表中有相同数据。";

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

/** The note written instead of pivots: at the first pivot's destination. */
export function notePivotsSkipped(sheet: Excel.Worksheet, pivots: readonly PivotPlan[]): void {
  const [first] = pivots;
  if (!first) return;
  const note = sheet.getRange(first.destination);
  note.numberFormat = [["@"]];
  note.values = [[PIVOTS_UNSUPPORTED_NOTE]];
}
