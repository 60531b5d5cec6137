/**
 * `Excel.Range` in the double: values, formulas, number formats, formats, data validation, conditional
 * formats, hyperlinks and navigation (https://learn.microsoft.com/javascript/api/excel/excel.range).
 */
import type { Rect } from "./address";
import { formatRect, intersects, rectColumns, rectRows } from "./address";
import type { ContextDouble } from "./context";
import { READ_CELL_LIMIT } from "./context";
import { notInDouble, officeError } from "./errors";
import { checkFormula } from "./formula-check";
import { ProxyDouble } from "./proxy";
import { ConditionalFormatsDouble, DataValidationDouble } from "./range-features";
import { RangeFormatDouble } from "./range-format";
import type { CellValue, SheetState } from "./sheet-state";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

type Grid = readonly (readonly unknown[])[];

export const HYPERLINKS_PER_SHEET = 65_530;

/**
 * Assigning a 2-D array needs exactly the range's shape; a single value (not an array) fills every cell.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * Returns a cell reader; the shape is checked once per assignment, not once per cell.
 */
function cellsOf(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (
    input.length !== rectRows(rect) ||
    input.some((line) => !Array.isArray(line) || line.length !== rectColumns(rect))
  ) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  const grid = input as Grid;
  return (r, c) => grid[r][c];
}

function forEachCell(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = 0; r < rectRows(rect); r++) for (let c = 0; c < rectColumns(rect); c++) fn(r, c);
}

function checkScalar(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw officeError("InvalidArgument", "A cell value must be a string, number or boolean.");
}

export class RangeDouble extends ProxyDouble<RangeTarget> {
  readonly format: RangeFormatDouble;
  readonly dataValidation: DataValidationDouble;
  readonly conditionalFormats: ConditionalFormatsDouble;

  constructor(context: ContextDouble, locate: () => RangeTarget | null, orNull = false) {
    super(context, locate, orNull);
    this.format = new RangeFormatDouble(this);
    this.dataValidation = new DataValidationDouble(this);
    this.conditionalFormats = new ConditionalFormatsDouble(this);
  }

  get values(): CellValue[][] {
    return this.loadedValue("values");
  }
  set values(input: CellValue[][]) {
    this.command(input, ({ sheet, rect }) => {
      sheet.assertWritable();
      const cell = cellsOf(input, rect, "values");
      // Text starting with = on a cell not formatted as text is a formula: Excel parses it (formula-check.ts).
      forEachCell(rect, (r, c) => {
        const v = cell(r, c);
        if (
          typeof v === "string" &&
          v.startsWith("=") &&
          sheet.numberFormat(rect.top + r, rect.left + c) !== "@"
        )
          checkFormula(this.context.book, v, "typed");
      });
      forEachCell(rect, (r, c) => sheet.setValue(rect.top + r, rect.left + c, checkScalar(cell(r, c))));
      this.context.book.expandTablesAfterWrite(sheet, rect);
    });
  }

  get formulas(): CellValue[][] {
    return this.loadedValue("formulas");
  }
  set formulas(input: CellValue[][]) {
    this.command(input, ({ sheet, rect }) => {
      sheet.assertWritable();
      const cell = cellsOf(input, rect, "formulas");
      // Every formula is checked before any cell is written, as Excel refuses the whole assignment.
      forEachCell(rect, (r, c) => {
        const v = cell(r, c);
        if (typeof v === "string" && v.startsWith("=")) checkFormula(this.context.book, v);
      });
      forEachCell(rect, (r, c) => {
        const v = checkScalar(cell(r, c));
        if (typeof v === "string") sheet.setFormula(rect.top + r, rect.left + c, v);
        else sheet.setValue(rect.top + r, rect.left + c, v);
      });
      this.context.book.expandTablesAfterWrite(sheet, rect);
    });
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.command(input, ({ sheet, rect }) => {
      sheet.assertWritable();
      cellsOf(input, rect, "numberFormat");
      sheet.formats.push({
        rect,
        format: Array.isArray(input) ? input.map((l) => l.map(String)) : String(input),
      });
    });
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    this.command(link, ({ sheet, rect }) => {
      this.context.requireApi(7, "Range.hyperlink");
      sheet.assertWritable();
      const key = rect.top * 16384 + rect.left;
      // Excel allows 65,530 hyperlinks per worksheet
      // (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
      // The error an API write past it gets is not documented; the double refuses it.
      if (!sheet.hyperlinks.has(key) && sheet.hyperlinks.size >= HYPERLINKS_PER_SHEET)
        throw officeError(
          "InvalidOperation",
          `A worksheet holds at most ${HYPERLINKS_PER_SHEET} hyperlinks.`,
        );
      sheet.hyperlinks.set(key, {
        documentReference: link.documentReference ?? "",
        textToDisplay: link.textToDisplay ?? "",
        screenTip: link.screenTip ?? "",
      });
      if (link.textToDisplay !== undefined) sheet.setValue(rect.top, rect.left, link.textToDisplay);
    });
  }

  private derive(args: unknown, shape: (t: RangeTarget) => Rect): RangeDouble {
    const range = new RangeDouble(this.context, () => {
      const parent = this.resolve();
      return { sheet: parent.sheet, rect: shape(parent) };
    });
    this.context.enqueue(args, false, () => void range.resolve());
    return range;
  }

  getRowsBelow(count = 1): RangeDouble {
    return this.derive(count, ({ rect }) => ({ ...rect, top: rect.bottom + 1, bottom: rect.bottom + count }));
  }
  /** ExcelApi 1.2. */
  getRowsAbove(count = 1): RangeDouble {
    return this.derive(count, ({ rect }) => {
      if (rect.top - count < 0) throw officeError("InvalidArgument", "There are no rows above the range.");
      return { ...rect, top: rect.top - count, bottom: rect.top - 1 };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.derive([deltaRows, deltaColumns], ({ rect }) => {
      const resized = { ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns };
      if (resized.bottom < resized.top || resized.right < resized.left)
        throw officeError("InvalidArgument", "Resized range is empty.");
      return resized;
    });
  }
  getCell(row: number, column: number): RangeDouble {
    return this.derive([row, column], ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }
  getRow(row: number): RangeDouble {
    return this.derive(row, ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }
  getColumn(column: number): RangeDouble {
    return this.derive(column, ({ rect }) => ({
      ...rect,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }

  /**
   * `range.clear(applyTo = "All")` (ExcelApi 1.1). Only "All" is used by SalesPace; what it clears is in
   * SheetState.clearRect. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)
   */
  clear(applyTo = "All"): void {
    if (applyTo !== "All") throw notInDouble(`Range.clear("${applyTo}")`);
    this.command(applyTo, ({ sheet, rect }) => {
      sheet.assertWritable();
      for (const table of this.context.book.tables) {
        if (table.sheet === sheet && intersects(table.rect, rect))
          throw notInDouble("clearing cells of a table (delete the table first)");
      }
      sheet.clearRect(rect);
    });
  }

  select(): void {
    this.context.enqueue(undefined, false, () => {
      const { sheet, rect } = this.resolve();
      this.context.book.activeSheet = sheet;
      this.context.book.selection = { sheet: sheet.name, address: formatRect(rect) };
    });
  }

  protected read({ sheet, rect }: RangeTarget, prop: string): unknown {
    const cells = rectRows(rect) * rectColumns(rect);
    const grid = (fn: (r: number, c: number) => unknown) => {
      // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
      if (cells > READ_CELL_LIMIT)
        throw officeError("RangeExceedsLimit", `Reading ${cells} cells exceeds the 5,000,000-cell limit.`);
      const out: unknown[][] = [];
      for (let r = 0; r < rectRows(rect); r++) {
        const line: unknown[] = [];
        for (let c = 0; c < rectColumns(rect); c++) line.push(fn(rect.top + r, rect.left + c));
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case "values":
        if (cells > READ_CELL_LIMIT)
          throw officeError("RangeExceedsLimit", `Reading ${cells} cells exceeds the 5,000,000-cell limit.`);
        return sheet.grid(rect);
      case "formulas":
        return grid((r, c) => sheet.formula(r, c) ?? sheet.value(r, c));
      case "numberFormat":
        return grid((r, c) => sheet.numberFormat(r, c));
      case "address":
        return formatRect(rect, sheet.name);
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectColumns(rect);
      default:
        throw notInDouble(`Range.${prop}`);
    }
  }

  protected describe(): string {
    return "Range";
  }
}
