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
import { jsonBytes } from "./payload";
import { applyStyle } from "./styles";
import { widthInPoints } from "./validation-rules";

type Cell = string | number | boolean;

function cell(value: CellValue): Cell {
  return value === null ? "" : value;
}

/** JSON size of each row of a grid, plus its row of number formats when there is one. */
function rowSizes(
  rows: readonly (readonly unknown[])[],
  formats: readonly (readonly string[])[] | null,
): number[] {
  return rows.map((row, r) => jsonBytes(row) + 1 + (formats ? jsonBytes(formats[r]) + 1 : 0));
}

function formatGrid(write: RangeWrite, rows: number, columns: number): string[][] | null {
  if (write.text) return Array.from({ length: rows }, () => new Array<string>(columns).fill("@"));
  if (write.numberFormat === undefined) return null;
  if (typeof write.numberFormat === "string") {
    const format = write.numberFormat;
    return Array.from({ length: rows }, () => new Array<string>(columns).fill(format));
  }
  return write.numberFormat.map((line) => [...line]);
}

async function applyWrite(sheet: Excel.Worksheet, write: RangeWrite, batcher: WriteBatcher): Promise<void> {
  const block = parseBlock(write.address);
  const formats = formatGrid(write, block.rows, block.columns);
  const content: Cell[][] = write.values.map((line, r) =>
    line.map((value, c) => {
      const formula = write.text ? null : (write.formulas?.[r]?.[c] ?? null);
      return formula ?? cell(value);
    }),
  );
  const hasFormulas = !write.text && write.formulas !== undefined;
  await batcher.writeRows(rowSizes(content, formats), 3, ({ start, count }) => {
    const range = sheet.getRange(blockAddress({ ...block, row: block.row + start, rows: count }));
    const slice = content.slice(start, start + count);
    if (formats) range.numberFormat = formats.slice(start, start + count);
    if (hasFormulas) range.formulas = slice;
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
  const rows = table.rows.map((line) => line.map(cell));
  const formatBytes = jsonBytes(formatRow) + 1;
  const sizes = rows.map((row) => jsonBytes(row) + 1 + formatBytes);
  await batcher.writeRows(sizes, 3, ({ start, count }) => {
    const range = sheet.getRange(
      blockAddress({ row: header.row + 1 + start, column: header.column, rows: count, columns }),
    );
    range.numberFormat = Array.from({ length: count }, () => formatRow);
    range.values = rows.slice(start, start + count);
  });
  await batcher.reserve(0);
  const lastRow = header.row + Math.max(rows.length, 1);
  const created = sheet.tables.add(
    blockAddress({ ...header, rows: lastRow - header.row + 1, columns }),
    true,
  );
  created.name = name;
  created.style = table.style;
}

/**
 * Everything but pivots. `tableNames` maps a plan table name to the name to create it under (a
 * temporary one while the old sheet still holds the table of that name).
 */
export async function fillOwnedSheet(
  sheet: Excel.Worksheet,
  plan: OwnedSheetPlan,
  tableNames: ReadonlyMap<string, string>,
  batcher: WriteBatcher,
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
}
