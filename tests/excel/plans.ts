/**
 * Small hand-made plans for the adapter tests (the real ones come from src/core/plan; an integration
 * test uses those). Each builder takes overrides so tests state only what matters to them.
 */
import type {
  ColumnPlan,
  InputSheetPlan,
  OwnedSheetPlan,
  SetupPlan,
  ValidationPlan,
} from "../../src/core/plan/types";
import { type ExcelDouble, type ExcelDoubleOptions, createExcelDouble } from "../../src/excel-double";
import { sheetPage } from "../../src/core/plan/pages";

export function column(header: string, alt: string, validation: ValidationPlan | null = null): ColumnPlan {
  return {
    key: header.toLowerCase().replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase()),
    header,
    altHeaders: [alt],
    width: 14,
    numberFormat: validation?.type === "date" ? "yyyy-mm-dd" : "@",
    validation,
    inputMessage: { title: header, message: `Fill in ${header}.` },
    errorMessage: validation && { title: header, message: `Fill in ${header}.` },
  };
}

export const LISTS_SHEET: InputSheetPlan = {
  name: "Lists",
  altNames: ["基础资料"],
  freezeHeader: true,
  page: sheetPage(1),
  tables: [
    {
      table: "Salespeople",
      anchor: "A1",
      style: "TableStyleLight9",
      columns: [
        column("Name", "姓名"),
        column("Region", "区域"),
        column("Active", "在职", { type: "list", source: "Y,N", alert: "warning" }),
      ],
    },
    {
      table: "Products",
      anchor: "F1",
      style: "TableStyleLight9",
      columns: [
        column("Name", "产品名称"),
        column("Unit price", "单价", { type: "decimal", min: 0, alert: "stop" }),
      ],
    },
  ],
};

export const REPORT_SHEET: InputSheetPlan = {
  name: "Daily Report",
  altNames: ["每日销售报告"],
  freezeHeader: true,
  page: sheetPage(1),
  tables: [
    {
      table: "DailyReport",
      anchor: "A1",
      style: "TableStyleMedium2",
      columns: [
        column("Date", "日期", { type: "date", alert: "stop" }),
        column("Salesperson", "销售员", { type: "list", source: "=SP_Salespeople", alert: "warning" }),
        column("Order amount", "订货金额", { type: "decimal", min: 0, alert: "stop" }),
        column("Customer feedback", "客户意见"),
      ],
    },
  ],
};

/**
 * A set-up plan over `sheets`. The dropdown name is spelled `=Salespeople[<nameHeader>]`, as the real
 * plan spells it from the headers found; it is left out when the plan has no Salespeople table.
 */
export function setupPlan(
  sheets: readonly InputSheetPlan[] = [LISTS_SHEET, REPORT_SHEET],
  nameHeader = "Name",
): SetupPlan {
  const hasPeople = sheets.some((s) => s.tables.some((t) => t.table === "Salespeople"));
  return {
    lang: "en",
    schemaVersion: 1,
    sheets,
    names: hasPeople
      ? [{ name: "SP_Salespeople", formula: `=Salespeople[${nameHeader}]`, comment: "salesperson dropdowns" }]
      : [],
  };
}

export function ownedPlan(overrides: Partial<OwnedSheetPlan> = {}): OwnedSheetPlan {
  return {
    kind: "scorecard",
    name: "Scorecard",
    altNames: ["目标达成"],
    columnWidths: [18, 12, 12],
    freeze: { rows: 3, columns: 1 },
    page: sheetPage(3),
    writes: [
      { address: "A1", values: [["Scorecard 2026-11"]], style: "title" },
      {
        address: "A3:C4",
        values: [
          ["Region", "Target", "Actual"],
          ["East", 1000, 250],
        ],
        formulas: [
          [null, null, null],
          [null, null, '=SUMIFS(DailyReport[Order amount],DailyReport[Salesperson],"王伟")'],
        ],
      },
    ],
    tables: [],
    conditionalFormats: [{ address: "C4", formula: "=C4<B4", fill: "#FDE7E9", fontColor: "#A4262C" }],
    charts: [],
    pivots: [],
    hyperlinks: [],
    tabColor: "#0F6CBD",
    ...overrides,
  };
}

/**
 * A workbook with the DailyReport table the owned plans' formulas refer to (on Sheet1, so the sheet lists
 * stay as the tests state them): the double refuses a formula over a table that does not exist.
 */
export function excelWithReportTable(options: ExcelDoubleOptions = {}): ExcelDouble {
  return createExcelDouble({
    ...options,
    tables: [
      { sheet: "Sheet1", name: "DailyReport", headers: ["Date", "Salesperson", "Order amount"], rows: [] },
    ],
  });
}
