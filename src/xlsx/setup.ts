/**
 * Applying the set-up plan to an in-memory workbook: add what is missing (sheets, tables, columns,
 * validation, names), never touch rows that people entered.
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import type { SetupReport } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type {
  ColumnPlan,
  InputSheetPlan,
  InputTablePlan,
  SetupPlan,
  ValidationPlan,
} from "../core/plan/types";
import type { TableName } from "../core/schema/types";
import { matchKey } from "../core/text/fold";
import { type Box, parseCell, rangeAddress } from "./address";
import type { FormulaNames } from "./definedNames";
import { findTable, type LocatedTable, type TableModel } from "./tables";
import { setValidation, validationAt } from "./validationRanges";
import { applyPageSetup } from "./pageSetup";

/** Excel's earliest date (1900-01-01) as exceljs wants it for a date validation's bound. */
const FIRST_DATE = new Date(Date.UTC(1900, 0, 1));
/** 23:59:59 as a fraction of a day. */
const LAST_TIME = 86_399 / 86_400;

function excelValidation(plan: ValidationPlan | null, column: ColumnPlan): DataValidation {
  const prompt = {
    showInputMessage: true,
    promptTitle: column.inputMessage.title,
    prompt: column.inputMessage.message,
  };
  if (!plan) return { type: "any", formulae: [], ...prompt } as unknown as DataValidation;
  // The alert style and texts are the plan's, as the Office.js adapter applies them.
  const strict = {
    ...prompt,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: plan.alert,
    errorTitle: column.errorMessage?.title,
    error: column.errorMessage?.message,
  };
  switch (plan.type) {
    case "list": {
      const source = plan.source.startsWith("=") ? plan.source.slice(1) : `"${plan.source}"`;
      return { type: "list", formulae: [source], ...strict };
    }
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [FIRST_DATE], ...strict };
    case "time":
      return {
        type: "time",
        operator: "between",
        formulae: [0, LAST_TIME],
        ...strict,
      } as unknown as DataValidation;
    case "decimal":
      return { type: "decimal", operator: "greaterThanOrEqual", formulae: [plan.min], ...strict };
    case "wholeNumber":
      return { type: "whole", operator: "greaterThanOrEqual", formulae: [plan.min], ...strict };
  }
}

function sheetIsEmpty(sheet: Worksheet): boolean {
  return sheet.actualRowCount === 0;
}

function findSheet(workbook: Workbook, plan: InputSheetPlan): Worksheet | null {
  const names = new Set([plan.name, ...plan.altNames].map(matchKey));
  return workbook.worksheets.find((ws) => names.has(matchKey(ws.name))) ?? null;
}

interface SetupCounts {
  sheetsAdded: string[];
  tablesAdded: TableName[];
  columnsAdded: { table: TableName; header: string }[];
  validationsAdded: number;
}

function createTable(sheet: Worksheet, plan: InputTablePlan): LocatedTable {
  const anchor = parseCell(plan.anchor);
  const box: Box = {
    top: anchor.row,
    left: anchor.column,
    bottom: anchor.row + 1,
    right: anchor.column + plan.columns.length - 1,
  };
  for (let c = box.left; c <= box.right; c++) {
    for (const r of [box.top, box.bottom]) {
      if (sheet.getRow(r).getCell(c).value !== null) {
        throw new SalesPaceError(
          "SheetNameTaken",
          `Sheet "${sheet.name}" already has data where table ${plan.table} goes (${rangeAddress(box)}); rename that sheet and run set-up again.`,
          undefined,
          { sheet: sheet.name, table: plan.table },
        );
      }
    }
  }
  // One blank data row: Excel does not accept a table with a header and no body.
  sheet.addTable({
    name: plan.table,
    ref: plan.anchor,
    headerRow: true,
    style: { theme: plan.style as never, showRowStripes: true },
    columns: plan.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: [plan.columns.map(() => null)],
  });
  const located = findTable(sheet.workbook, plan.table);
  if (!located) throw new Error(`exceljs did not create table ${plan.table}`);
  return located;
}

function headerIndex(table: LocatedTable, column: ColumnPlan): number {
  const wanted = new Set([column.header, ...column.altHeaders].map(matchKey));
  return table.model.columns.findIndex((c) => wanted.has(matchKey(String(c.name))));
}

/** Adds a missing column at the right edge of an existing table. */
function addColumn(table: LocatedTable, column: ColumnPlan): LocatedTable {
  const { sheet, box, model } = table;
  const newRight = box.right + 1;
  for (let r = box.top; r <= box.bottom; r++) {
    if (sheet.getRow(r).getCell(newRight).value !== null) {
      throw new SalesPaceError(
        "SheetNameTaken",
        `Cannot add column "${column.header}" to table ${model.name}: the cells to its right on "${sheet.name}" are not empty.`,
        undefined,
        { sheet: sheet.name, table: model.name, column: column.header },
      );
    }
  }
  sheet.getRow(box.top).getCell(newRight).value = column.header;
  (model as TableModel & { columns: object[] }).columns.push({
    name: column.header,
    filterButton: true,
  } as never);
  const grown: Box = { ...box, right: newRight };
  model.tableRef = rangeAddress(grown);
  if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
  return { ...table, box: grown };
}

function formatColumn(table: LocatedTable, index: number, column: ColumnPlan, counts: SetupCounts): void {
  const { sheet, box } = table;
  const columnNumber = box.left + index;
  const body: Box = { top: box.top + 1, left: columnNumber, bottom: box.bottom, right: columnNumber };
  const excelColumn = sheet.getColumn(columnNumber);
  if (!excelColumn.width || excelColumn.width < column.width) excelColumn.width = column.width;
  for (let r = body.top; r <= body.bottom; r++) {
    const cell = sheet.getRow(r).getCell(columnNumber);
    if (!cell.numFmt || cell.numFmt === "General") cell.numFmt = column.numberFormat;
  }
  if (!validationAt(sheet, body.top, columnNumber)) {
    setValidation(sheet, body, excelValidation(column.validation, column));
    counts.validationsAdded++;
  }
}

function ensureTable(workbook: Workbook, sheet: Worksheet, plan: InputTablePlan, counts: SetupCounts): void {
  let table = findTable(workbook, plan.table);
  if (!table) {
    table = createTable(sheet, plan);
    counts.tablesAdded.push(plan.table);
  }
  const header = table.sheet.getRow(table.box.top);
  header.font = { bold: true };
  for (const column of plan.columns) {
    let index = headerIndex(table, column);
    if (index < 0) {
      table = addColumn(table, column);
      index = table.box.right - table.box.left;
      counts.columnsAdded.push({ table: plan.table, header: column.header });
    }
    formatColumn(table, index, column, counts);
  }
}

/**
 * Adds to `workbook` whatever of `plan` it lacks.
 * @throws SalesPaceError SheetNameTaken when a sheet of a template's name holds something else.
 */
export function applySetupPlan(workbook: Workbook, names: FormulaNames, plan: SetupPlan): SetupReport {
  const counts: SetupCounts = { sheetsAdded: [], tablesAdded: [], columnsAdded: [], validationsAdded: 0 };
  for (const sheetPlan of plan.sheets) {
    let sheet = findSheet(workbook, sheetPlan);
    const hasOurTable = sheetPlan.tables.some((t) => findTable(workbook, t.table) !== null);
    if (sheet && !hasOurTable && !sheetIsEmpty(sheet)) {
      throw new SalesPaceError(
        "SheetNameTaken",
        `Sheet "${sheet.name}" already exists and holds other data; rename it and run set-up again.`,
        undefined,
        { sheet: sheet.name },
      );
    }
    if (!sheet) {
      sheet = workbook.addWorksheet(sheetPlan.name);
      applyPageSetup(sheet, sheetPlan.page);
      counts.sheetsAdded.push(sheetPlan.name);
    }
    for (const tablePlan of sheetPlan.tables) ensureTable(workbook, sheet, tablePlan, counts);
    if (sheetPlan.freezeHeader && sheetPlan.tables.length > 0) {
      const headerRow = parseCell(sheetPlan.tables[0].anchor).row;
      sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
    }
  }
  // A name set up earlier over headers that have changed since is pointed at the headers of now.
  for (const name of plan.names)
    if (names.formula(name.name) !== name.formula) names.set(name.name, name.formula);
  return counts;
}
