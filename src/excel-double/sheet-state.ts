/**
 * What one worksheet holds in the double: values, formulas, number formats, validation, conditional
 * formats, charts, pivots, hyperlinks, widths, freeze panes, tab color, protection.
 */
import type { Rect } from "./address";
import { contains, rectColumns, rectRows } from "./address";
import { officeError } from "./errors";
import { typedEntry } from "./typed-entry";

export type CellValue = string | number | boolean;

export interface ValidationState {
  rect: Rect;
  rule: Record<string, unknown> | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: Record<string, unknown> | null;
}

export interface ConditionalFormatState {
  readonly rect: Rect;
  formula: string;
  fill: string;
  fontColor: string;
}

export interface ChartState {
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  name: string;
  title: string;
  topLeft: string;
  bottomRight: string;
}

export interface PivotHierarchyState {
  readonly field: string;
  name: string;
  summarizeBy: string;
  numberFormat: string;
}

export interface PivotState {
  name: string;
  /** Follows the table when it is renamed, as in Excel. */
  sourceTable: string;
  readonly destination: Rect;
  readonly rows: string[];
  readonly columns: string[];
  readonly filters: string[];
  readonly data: PivotHierarchyState[];
  refreshCount: number;
}

export interface HyperlinkState {
  readonly documentReference: string;
  readonly textToDisplay: string;
  readonly screenTip: string;
}

const KEY_WIDTH = 16384;

/** https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A sheet's page set-up (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout); Excel's defaults to begin with. */
export interface PageState {
  orientation: "Portrait" | "Landscape";
  zoom: Excel.PageLayoutZoomOptions;
  /** Rows repeated at the top of every printed page, 1-based. */
  printTitleRows: { first: number; last: number } | null;
}

export class SheetState {
  tabColor = "";
  /** Set by tests: a sheet someone hid (Home › Format › Hide sheet). */
  visibility: SheetVisibility = "Visible";
  protected = false;
  freeze: { rows: number; columns: number } | null = null;
  page: PageState = { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null };
  readonly values: (CellValue[] | undefined)[] = [];
  readonly formulas = new Map<number, string>();
  /** Number formats in the order they were applied; the last one covering a cell wins. */
  readonly formats: { rect: Rect; format: string | readonly (readonly string[])[] }[] = [];
  readonly cellStyles: { rect: Rect; property: string; value: unknown }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly validations: ValidationState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  readonly pivots: PivotState[] = [];
  readonly hyperlinks = new Map<number, HyperlinkState>();

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  value(row: number, column: number): CellValue {
    return this.values[row]?.[column] ?? "";
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(row * KEY_WIDTH + column);
  }

  numberFormat(row: number, column: number): string {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const { rect, format } = this.formats[i];
      if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
      return typeof format === "string" ? format : format[row - rect.top][column - rect.left];
    }
    return "General";
  }

  /** Rejects a write when the sheet is protected (Excel answers AccessDenied). */
  assertWritable(): void {
    if (this.protected) {
      throw officeError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet (${this.name}).`,
      );
    }
  }

  /**
   * Stores one cell the way `Range.values` does: on a cell formatted as text (`@`) the string is kept
   * as typed; otherwise it is read as if typed (typed-entry.ts): formulas, numbers, dates, booleans, %.
   */
  setValue(row: number, column: number, value: CellValue): void {
    const key = row * KEY_WIDTH + column;
    this.formulas.delete(key);
    let stored: CellValue = value;
    if (typeof value === "string" && value !== "" && this.numberFormat(row, column) !== "@") {
      const entry = typedEntry(value);
      if (entry.kind === "formula") {
        this.formulas.set(key, checkFormulaLength(entry.formula));
        stored = "";
      } else stored = entry.value;
    }
    this.put(row, column, stored);
  }

  setFormula(row: number, column: number, formula: string): void {
    if (typeof formula === "string" && formula.startsWith("=")) {
      this.put(row, column, "");
      this.formulas.set(row * KEY_WIDTH + column, checkFormulaLength(formula));
    } else {
      this.setValue(row, column, formula);
    }
  }

  /** Empties one cell: value, formula and hyperlink (a deleted table's cells, a cleared range). */
  clearCell(row: number, column: number): void {
    const key = row * KEY_WIDTH + column;
    this.formulas.delete(key);
    this.hyperlinks.delete(key);
    const line = this.values[row];
    if (line && column < line.length) line[column] = "";
  }

  /**
   * `range.clear("All")`: "clears everything in the range" — values, formulas, number formats, cell
   * formats and hyperlinks (https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto).
   * Conditional formats are left: the documentation does not say that "everything" includes them, so
   * the double makes the caller clear them (ConditionalFormatCollection.clearAll).
   */
  clearRect(rect: Rect): void {
    this.values.forEach((line, row) => {
      if (!line || row < rect.top || row > rect.bottom) return;
      for (let c = Math.max(rect.left, 0); c <= Math.min(rect.right, line.length - 1); c++) line[c] = "";
    });
    const inside = (key: number) => {
      const row = Math.floor(key / KEY_WIDTH);
      const column = key % KEY_WIDTH;
      return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
    };
    for (const key of [...this.formulas.keys()]) if (inside(key)) this.formulas.delete(key);
    for (const key of [...this.hyperlinks.keys()]) if (inside(key)) this.hyperlinks.delete(key);
    const keep = <T extends { rect: Rect }>(list: T[]) => {
      const kept = list.filter((x) => !contains(rect, x.rect));
      list.splice(0, list.length, ...kept);
    };
    keep(this.formats);
    keep(this.cellStyles);
    if (this.formats.some((f) => f.rect.top <= rect.bottom && f.rect.bottom >= rect.top))
      this.formats.push({ rect, format: "General" });
  }

  /** Stores a value as is (used by the test builders: what a person typed earlier). */
  put(row: number, column: number, value: CellValue): void {
    let line = this.values[row];
    if (!line) {
      if (value === "") return;
      line = [];
      this.values[row] = line;
    }
    line[column] = value;
  }

  /** The smallest rectangle holding every non-empty cell, or null for an empty sheet. */
  usedRect(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((line, row) => {
      if (!line) return;
      line.forEach((cell, column) => {
        if (cell === "" || cell === undefined) return;
        if (top < 0) top = row;
        bottom = row;
        left = Math.min(left, column);
        right = Math.max(right, column);
      });
    });
    for (const key of this.formulas.keys()) {
      const row = Math.floor(key / KEY_WIDTH);
      const column = key % KEY_WIDTH;
      top = top < 0 ? row : Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
    return top < 0 ? null : { top, left, bottom, right };
  }

  /** Extends every validation that ends at `oldBottom` over exactly `columns` down to `newBottom` (table growth). */
  extendValidations(columns: Rect, oldBottom: number, newBottom: number): void {
    for (const v of this.validations) {
      if (
        v.rect.bottom === oldBottom &&
        contains(columns, { ...v.rect, top: columns.top, bottom: columns.top })
      ) {
        v.rect = { ...v.rect, bottom: newBottom };
      }
    }
  }

  /** Gives rows oldBottom+1…newBottom of each column in `columns` the format that column has on oldBottom. */
  extendFormats(columns: Rect, oldBottom: number, newBottom: number): void {
    if (newBottom <= oldBottom) return;
    for (let c = columns.left; c <= columns.right; c++) {
      const format = this.numberFormat(oldBottom, c);
      if (format === "General") continue;
      this.formats.push({ rect: { top: oldBottom + 1, left: c, bottom: newBottom, right: c }, format });
    }
  }

  grid(rect: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < rectRows(rect); r++) {
      const line = this.values[rect.top + r];
      const row: CellValue[] = new Array(rectColumns(rect));
      for (let c = 0; c < row.length; c++) row[c] = line?.[rect.left + c] ?? "";
      out.push(row);
    }
    return out;
  }
}

/** Excel's limit on the length of a formula's contents. */
const MAX_FORMULA_LENGTH = 8192;

/**
 * A formula longer than Excel allows (8,192 characters, "Length of formula contents" in
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3)
 * — the file format allows no more either, https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf —
 * fails the request with `FormulaLengthExceedsLimit`
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
function checkFormulaLength(formula: string): string {
  if (formula.length > MAX_FORMULA_LENGTH)
    throw officeError(
      "FormulaLengthExceedsLimit",
      `A formula of ${formula.length} characters is longer than Excel allows (${MAX_FORMULA_LENGTH}).`,
    );
  return formula;
}
