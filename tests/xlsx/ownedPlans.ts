/** Small owned-sheet plans for the .xlsx writers' tests (the in-memory port and the zip-surgery rollup). */
import { sheetPage } from "../../src/core/plan/pages";
import { pivotNotes } from "../../src/core/plan/pivots";
import type { OwnedSheetPlan, PivotPlan } from "../../src/core/plan/types";

/** A Weekly report sheet plan with nothing on it; `parts` fills in what a test needs. */
export function sheetPlan(parts: Partial<OwnedSheetPlan> = {}): OwnedSheetPlan {
  return {
    kind: "weekly",
    name: "Weekly report",
    altNames: ["周报"],
    columnWidths: [14, 30],
    freeze: { rows: 2, columns: 0 },
    writes: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    pivots: [],
    hyperlinks: [],
    tabColor: "#0F6CBD",
    page: sheetPage(2),
    ...parts,
  };
}

/** A Facts sheet with a two-row table (one cell of people's text that looks like a formula) and a link. */
export const FACTS: OwnedSheetPlan = sheetPlan({
  kind: "facts",
  name: "Facts",
  altNames: ["事实表"],
  tables: [
    {
      name: "SP_Facts",
      headerAddress: "A1:C1",
      headers: ["Salesperson", "Customer", "Sales"],
      rows: [
        ["王伟", "=evil", 1200],
        ["李娜", "华联超市", 300.5],
      ],
      textColumns: [0, 1],
      numberFormats: ["@", "@", "#,##0.00"],
      style: "TableStyleLight9",
    },
  ],
  hyperlinks: [{ address: "E1", target: "'Daily Report'!A7", text: "row 7", tooltip: "Go to the row" }],
});

/** A Pivots sheet with one PivotTable over the facts table (the .xlsx writers leave a note instead). */
const PIVOT_SALES: PivotPlan = {
  name: "SP_PivotSales",
  sourceTable: "SP_Facts",
  destination: "A3",
  rows: ["Region", "Salesperson"],
  columns: ["Month"],
  filters: [],
  data: [{ field: "Sales", name: "Sum of Sales", summarizeBy: "Sum", numberFormat: "#,##0" }],
};

export const PIVOTS: OwnedSheetPlan = sheetPlan({
  kind: "pivots",
  name: "Pivots",
  altNames: ["透视"],
  pivots: [PIVOT_SALES],
  pivotNotes: pivotNotes("en", [PIVOT_SALES]),
});
