/**
 * Add-in-owned sheets (rollups, validation) in an in-memory workbook. Each is built under a
 * temporary name first; only when every sheet is built are the old ones removed and the new ones
 * renamed, so a failure leaves the previous rollup in place (and the file is saved atomically anyway).
 */
import type { Cell, Font, Workbook, Worksheet } from "exceljs";
import type { Progress } from "../core/actions/port";
import type { CellStyle, OwnedSheetPlan, OwnedTablePlan, RangeWrite } from "../core/plan/types";
import { CELL_LOOKS, LINK_LOOK, argbOf } from "../core/plan/looks";
import { matchKey } from "../core/text/fold";
import { boxOf, parseCell } from "./address";
import { fileFormula } from "./formulaText";
import { applyPageSetup } from "./pageSetup";

/** A core cell look (src/core/plan/looks.ts) as exceljs font, fill and border. */
function styleCell(cell: Cell, style: CellStyle | undefined): void {
  if (!style) return;
  const look = CELL_LOOKS[style];
  const font: Partial<Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = true;
  if (look.size !== undefined) font.size = look.size;
  if (look.color) font.color = { argb: argbOf(look.color) };
  if (Object.keys(font).length > 0) cell.font = font;
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(look.fill) } };
  if (look.totalBorder) cell.border = { top: { style: "thin" }, bottom: { style: "double" } };
}

function writeRange(sheet: Worksheet, write: RangeWrite): void {
  const origin = boxOf(write.address);
  write.values.forEach((rowValues, r) => {
    const row = sheet.getRow(origin.top + r);
    rowValues.forEach((value, c) => {
      const cell = row.getCell(origin.left + c);
      const formula = write.formulas?.[r]?.[c] ?? null;
      const format =
        typeof write.numberFormat === "string" ? write.numberFormat : write.numberFormat?.[r]?.[c];
      if (formula !== null) {
        cell.value = { formula: fileFormula(formula), result: value ?? undefined } as Cell["value"];
      } else if (write.text) {
        // People's text: a string with format "@" (written as a shared string, never as a formula).
        cell.value = value === null ? null : String(value);
        cell.numFmt = "@";
      } else {
        cell.value = value;
      }
      if (format && !write.text) cell.numFmt = format;
      styleCell(cell, write.style);
    });
  });
}

function writeTable(sheet: Worksheet, plan: OwnedTablePlan): void {
  const header = boxOf(plan.headerAddress);
  const text = new Set(plan.textColumns);
  const rows = plan.rows.length > 0 ? plan.rows : [plan.headers.map(() => null)];
  sheet.addTable({
    name: plan.name,
    ref: plan.headerAddress.split(":")[0],
    headerRow: true,
    style: { theme: plan.style as never, showRowStripes: true },
    columns: plan.headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => row.map((v, c) => (text.has(c) && v !== null ? String(v) : v))),
  });
  for (let c = 0; c < plan.headers.length; c++) {
    const format = text.has(c) ? "@" : plan.numberFormats[c];
    if (!format) continue;
    for (let r = 0; r < rows.length; r++)
      sheet.getRow(header.top + 1 + r).getCell(header.left + c).numFmt = format;
  }
}

/** exceljs 4.4 writes no PivotTables: the sheet says so and describes the pivots to build over the facts table. */
function describePivots(sheet: Worksheet, plan: OwnedSheetPlan): void {
  const lines = plan.pivotNotes?.withoutExcel ?? [];
  if (plan.pivots.length === 0 || lines.length === 0) return;
  const start = parseCell(plan.pivots[0].destination);
  lines.forEach((line, i) => {
    const cell = sheet.getRow(start.row + i).getCell(start.column);
    cell.value = line;
    styleCell(cell, "note");
  });
}

function fillSheet(sheet: Worksheet, plan: OwnedSheetPlan): void {
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  if (plan.freeze) {
    sheet.views = [{ state: "frozen", ySplit: plan.freeze.rows, xSplit: plan.freeze.columns }];
  }
  applyPageSetup(sheet, plan.page);
  for (const write of plan.writes) writeRange(sheet, write);
  for (const table of plan.tables) writeTable(sheet, table);
  for (const format of plan.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: format.address,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(format.fill) } },
            font: { color: { argb: argbOf(format.fontColor) } },
          },
        },
      ],
    });
  }
  for (const link of plan.hyperlinks) {
    const cell = sheet.getCell(link.address);
    cell.value = { text: link.text, hyperlink: `#${link.target}`, tooltip: link.tooltip };
    cell.font = { color: { argb: argbOf(LINK_LOOK.color ?? "#0563C1") }, underline: LINK_LOOK.underline };
  }
  describePivots(sheet, plan);
}

function namesOf(plan: OwnedSheetPlan): Set<string> {
  return new Set([plan.name, ...plan.altNames].map(matchKey));
}

/**
 * Replaces each planned sheet (and its other-language twin) with a freshly built one.
 * Charts are not written: exceljs 4.4 cannot write charts either.
 */
export function replaceOwnedSheetsIn(
  workbook: Workbook,
  plans: readonly OwnedSheetPlan[],
  onProgress?: (p: Progress) => void,
): void {
  const built: { plan: OwnedSheetPlan; sheet: Worksheet }[] = [];
  try {
    plans.forEach((plan, i) => {
      onProgress?.({ step: plan.name, done: i, total: plans.length });
      const tabColor = { argb: argbOf(plan.tabColor) };
      const sheet = workbook.addWorksheet(`~salespace-new-${i}`, { properties: { tabColor } });
      built.push({ plan, sheet });
      fillSheet(sheet, plan);
    });
  } catch (error) {
    for (const { sheet } of built) workbook.removeWorksheet(sheet.id);
    throw error;
  }
  for (const { plan, sheet } of built) {
    const names = namesOf(plan);
    for (const old of workbook.worksheets.filter((ws) => ws !== sheet && names.has(matchKey(ws.name)))) {
      workbook.removeWorksheet(old.id);
    }
    sheet.name = plan.name;
  }
  onProgress?.({ step: "done", done: plans.length, total: plans.length });
}
