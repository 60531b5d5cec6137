/**
 * Fills a freshly added (temporary) owned sheet from its plan: cell writes, tables, conditional formats,
 * charts, hyperlinks, widths, freeze panes and tab colour. PivotTables are in pivots.ts.
 * Text from people (`text: true`, a table's text columns) gets number format `@` before its values, so
 * `=…`, `+…`, `-…` stay text (SPEC §6; Excel reads a leading = + - in `values` as a formula:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
import type { CellValue, OwnedSheetPlan, OwnedTablePlan, RangeWrite } from "../core/plan/types";
import { blockAddress, columnName, parseBlock } from "./address";
import { COMMAND_BYTES, type WriteBatcher } from "./batcher";
import { applyPage } from "./page-layout";
import { jsonBytes } from "./payload";
import { applyStyle } from "./styles";
import { widthInPoints } from "./validation-rules";

type Cell = string | number | boolean;

function cell(value: CellValue): Cell {
  return value === null ? "" : value;
}

/** The number formats of a write's row `r` (null: the write sets none). */
function formatRowOf(write: RangeWrite, columns: number): ((r: number) => readonly string[]) | null {
  const { numberFormat } = write;
  if (write.text || typeof numberFormat === "string") {
    const line = new Array<string>(columns).fill(write.text ? "@" : (numberFormat as string));
    return () => line;
  }
  if (numberFormat === undefined) return null;
  return (r) => numberFormat[r];
}

/**
 * A grid's rows made on demand, each once: the batcher asks for them request by request, so a large
 * sheet is prepared in steps between requests rather than in one long task (issue 12).
 */
function lazyRows(make: (r: number) => Cell[]): (r: number) => Cell[] {
  const made: Cell[][] = [];
  return (r) => (made[r] ??= make(r));
}

async function applyWrite(sheet: Excel.Worksheet, write: RangeWrite, batcher: WriteBatcher): Promise<void> {
  const block = parseBlock(write.address);
  const formatOf = formatRowOf(write, block.columns);
  const formulas = write.text ? undefined : write.formulas;
  const rowOf = lazyRows((r) => write.values[r].map((value, c) => formulas?.[r]?.[c] ?? cell(value)));
  const sizeOf = (r: number) => jsonBytes(rowOf(r)) + 1 + (formatOf ? jsonBytes(formatOf(r)) + 1 : 0);
  await batcher.writeRows(write.values.length, sizeOf, 3, ({ start, count }) => {
    const range = sheet.getRange(blockAddress({ ...block, row: block.row + start, rows: count }));
    const slice = Array.from({ length: count }, (_, i) => rowOf(start + i));
    if (formatOf) range.numberFormat = Array.from({ length: count }, (_, i) => [...formatOf(start + i)]);
    if (formulas !== undefined) range.formulas = slice;
    else range.values = slice;
  });
  if (write.style && write.style !== "body") {
    await batcher.reserve(0);
    applyStyle(sheet.getRange(write.address), write.style);
  }
}

/** Writes the table's cells in runs, then makes them a table named `name`. */
async function applyTable(
  sheet: Excel.Worksheet,
  table: OwnedTablePlan,
  name: string,
  batcher: WriteBatcher,
): Promise<void> {
  const header = parseBlock(table.headerAddress);
  const columns = table.headers.length;
  const text = new Set(table.textColumns);
  const formatRow = table.headers.map((_, c) => (text.has(c) ? "@" : (table.numberFormats[c] ?? "General")));
  await batcher.reserve(jsonBytes(table.headers));
  sheet.getRange(blockAddress({ ...header, rows: 1, columns })).values = [[...table.headers]];
  const rowOf = lazyRows((r) => table.rows[r].map(cell));
  const formatBytes = jsonBytes(formatRow) + 1;
  await batcher.writeRows(
    table.rows.length,
    (r) => jsonBytes(rowOf(r)) + 1 + formatBytes,
    3,
    ({ start, count }) => {
      const range = sheet.getRange(
        blockAddress({ row: header.row + 1 + start, column: header.column, rows: count, columns }),
      );
      range.numberFormat = Array.from({ length: count }, () => formatRow);
      range.values = Array.from({ length: count }, (_, i) => rowOf(start + i));
    },
  );
  await batcher.reserve(0);
  const lastRow = header.row + Math.max(table.rows.length, 1);
  const created = sheet.tables.add(
    blockAddress({ ...header, rows: lastRow - header.row + 1, columns }),
    true,
  );
  created.name = name;
  created.style = table.style;
}

/**
 * Everything but pivots. `tableNames` maps a plan table name to the name to create it under (a
 * temporary one while the old sheet still holds the table of that name). The page set-up is applied
 * where the host has it (`pageLayout`: ExcelApi 1.9).
 */
export async function fillOwnedSheet(
  sheet: Excel.Worksheet,
  plan: OwnedSheetPlan,
  tableNames: ReadonlyMap<string, string>,
  batcher: WriteBatcher,
  pageLayout: boolean,
): Promise<void> {
  for (const write of plan.writes) await applyWrite(sheet, write, batcher);
  for (const table of plan.tables)
    await applyTable(sheet, table, tableNames.get(table.name) ?? table.name, batcher);
  await batcher.reserve(jsonBytes(plan.conditionalFormats) + jsonBytes(plan.charts));
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(cf.address).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
    format.custom.format.font.color = cf.fontColor;
  }
  for (const chartPlan of plan.charts) {
    const chart = sheet.charts.add(
      chartPlan.type,
      sheet.getRange(chartPlan.sourceAddress),
      chartPlan.seriesBy,
    );
    chart.name = chartPlan.name;
    chart.title.text = chartPlan.title;
    chart.setPosition(chartPlan.topLeft, chartPlan.bottomRight);
  }
  for (const link of plan.hyperlinks) {
    // Each link is two commands and its text: thousands of them fill requests of their own.
    await batcher.reserve(jsonBytes(link) + COMMAND_BYTES);
    sheet.getRange(link.address).hyperlink = {
      documentReference: link.target,
      textToDisplay: link.text,
      screenTip: link.tooltip,
    };
  }
  plan.columnWidths.forEach((width, c) => {
    sheet.getRange(`${columnName(c)}1`).format.columnWidth = widthInPoints(width);
  });
  if (plan.freeze && plan.freeze.rows > 0 && plan.freeze.columns > 0) {
    sheet.freezePanes.freezeAt(
      blockAddress({ row: 0, column: 0, rows: plan.freeze.rows, columns: plan.freeze.columns }),
    );
  } else if (plan.freeze && plan.freeze.rows > 0) sheet.freezePanes.freezeRows(plan.freeze.rows);
  else if (plan.freeze && plan.freeze.columns > 0) sheet.freezePanes.freezeColumns(plan.freeze.columns);
  sheet.tabColor = plan.tabColor;
  if (pageLayout) applyPage(sheet, plan.page);
}
