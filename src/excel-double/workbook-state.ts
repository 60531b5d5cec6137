/**
 * The whole workbook in the double, with Excel's rules on names and tables. Tests inspect it directly.
 */
import type { Rect } from "./address";
import { formatRect, intersects, parseRect, rectColumns } from "./address";
import { officeError } from "./errors";
import { checkFormula } from "./formula-check";
import type { CellValue } from "./sheet-state";
import { SheetState } from "./sheet-state";
import { breakSheet, breakTable, renameSheet, renameTable } from "./references";
import { bodyRect } from "./table-rows";

export interface TableState {
  name: string;
  style: string;
  readonly sheet: SheetState;
  /** Header row = rect.top; the data body is the rows below it, down to the Total Row (table-rows.ts). */
  rect: Rect;
  showTotals: boolean;
}

export interface NameState {
  readonly name: string;
  /** Follows renamed sheets and tables, and turns into #REF! when they are deleted (references.ts). */
  formula: string;
  readonly comment: string;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;
// Table names: start with a letter, underscore or backslash; then letters, digits, periods, underscores.
// Not a cell reference such as A1 or R1C1.
// https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names = new Map<string, NameState>();
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  /**
   * Excel's AutoCorrect option "Include new rows and columns in table". It applies to API writes too
   * (OfficeDev/office-js#2093, closed by design): a person who switched it off gets tables that no longer
   * grow when rows are written below them.
   */
  autoExpansion = true;
  private nextId = 1;

  sheet(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  table(name: string): TableState | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  /**
   * Sheet-name rules: not blank, ≤ 31 characters, none of [ ] : * ? / \, not starting or ending with an
   * apostrophe, unique regardless of case.
   * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
   */
  checkSheetName(name: string, except?: SheetState): void {
    if (name.trim() === "" || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      throw officeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
    }
    const existing = this.sheet(name);
    if (existing && existing !== except) {
      throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    }
  }

  addSheet(name: string): SheetState {
    this.checkSheetName(name);
    const sheet = new SheetState(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.checkSheetName(name, sheet);
    const from = sheet.name;
    this.rewriteReferences((f) => renameSheet(f, from, name));
    sheet.name = name;
  }

  /** Rewrites every formula in every cell and every defined name (how Excel keeps links between objects). */
  private rewriteReferences(rewrite: (formula: string) => string): void {
    for (const sheet of this.sheets) {
      for (const [key, formula] of sheet.formulas) {
        const next = rewrite(formula);
        if (next !== formula) sheet.formulas.set(key, next);
      }
    }
    for (const name of this.names.values()) name.formula = rewrite(name.formula);
  }

  /**
   * `table.delete()` (ExcelApi 1.1): the table and its cells go; structured references to it become #REF!.
   * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-delete-member(1)
   */
  deleteTable(table: TableState): void {
    table.sheet.assertWritable();
    const index = this.tables.indexOf(table);
    if (index < 0) throw officeError("ItemNotFound", "The table no longer exists.");
    for (let r = table.rect.top; r <= table.rect.bottom; r++)
      for (let c = table.rect.left; c <= table.rect.right; c++) table.sheet.clearCell(r, c);
    this.tables.splice(index, 1);
    this.rewriteReferences((f) => breakTable(f, table.name));
  }

  /** A table's new name; references to it follow, as do PivotTables that read it. */
  renameTable(table: TableState, name: string): void {
    this.checkTableName(name, table);
    const from = table.name;
    for (const sheet of this.sheets)
      for (const pivot of sheet.pivots) if (pivot.sourceTable === from) pivot.sourceTable = name;
    table.name = name;
    this.rewriteReferences((f) => renameTable(f, from, name));
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1) {
      throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw officeError("ItemNotFound", "The worksheet no longer exists.");
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) {
      const table = this.tables[i];
      if (table.sheet !== sheet) continue;
      this.tables.splice(i, 1);
      this.rewriteReferences((f) => breakTable(f, table.name));
    }
    // Links from other sheets and from names into the deleted sheet break (#REF!), and stay broken.
    this.rewriteReferences((f) => breakSheet(f, sheet.name));
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /** Table and defined names share one namespace and are unique regardless of case. */
  checkTableName(name: string, except?: TableState): void {
    if (!TABLE_NAME.test(name) || CELL_LIKE.test(name) || name.length > 255) {
      throw officeError("InvalidArgument", `The table name "${name}" is not valid.`);
    }
    const table = this.table(name);
    if ((table && table !== except) || this.names.has(name.toLowerCase())) {
      throw officeError("ItemAlreadyExists", `The name "${name}" is already used.`);
    }
  }

  /**
   * `worksheet.tables.add(address, true)`: the first row becomes the header; a header-only range gets
   * one empty data row (a table always has a data body). Tables cannot overlap tables or pivots.
   * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
   */
  addTable(sheet: SheetState, rect: Rect): TableState {
    sheet.assertWritable();
    const bodyRect = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
    for (const other of this.tables) {
      if (other.sheet === sheet && intersects(other.rect, bodyRect)) {
        throw officeError("InvalidOperation", "A table can't overlap another table.");
      }
    }
    for (const pivot of sheet.pivots) {
      if (intersects(pivot.destination, bodyRect))
        throw officeError("InvalidOperation", "A table can't overlap a PivotTable.");
    }
    let n = this.tables.length + 1;
    while (this.table(`Table${n}`)) n++;
    const table: TableState = {
      name: `Table${n}`,
      style: "TableStyleMedium2",
      sheet,
      rect: bodyRect,
      showTotals: false,
    };
    for (let c = rect.left; c <= rect.right; c++) {
      if (sheet.value(rect.top, c) === "") sheet.put(rect.top, c, `Column${c - rect.left + 1}`);
    }
    this.tables.push(table);
    return table;
  }

  /** `table.columns.add(null, null, name)`: one column at the table's right end. */
  addTableColumn(table: TableState, name: string): void {
    table.sheet.assertWritable();
    const column = table.rect.right + 1;
    const strip = { ...table.rect, left: column, right: column };
    for (const other of this.tables) {
      if (other !== table && other.sheet === table.sheet && intersects(other.rect, strip)) {
        throw officeError("InvalidOperation", "The column would overlap another table.");
      }
    }
    const headers = this.headers(table).map((h) => String(h).toLowerCase());
    if (headers.includes(name.toLowerCase())) {
      throw officeError("InvalidArgument", `The table already has a column named "${name}".`);
    }
    table.rect = { ...table.rect, right: column };
    table.sheet.put(table.rect.top, column, name);
  }

  headers(table: TableState): CellValue[] {
    return table.sheet.grid({ ...table.rect, bottom: table.rect.top })[0];
  }

  /**
   * Excel grows a table when values are written into the row directly below it (AutoExpansion), and
   * carries the table's column validation along.
   * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
   * Not with AutoExpansion switched off, and not below a shown Total Row: the row below the data body is
   * then the totals row, and a write there overwrites it (table-rows.ts).
   */
  expandTablesAfterWrite(sheet: SheetState, rect: Rect): void {
    if (!this.autoExpansion) return;
    for (const table of this.tables) {
      if (table.sheet !== sheet || table.showTotals) continue;
      const below = table.rect.bottom + 1;
      const inColumns = rect.left >= table.rect.left && rect.right <= table.rect.right;
      if (inColumns && rect.top <= below && rect.top > table.rect.top && rect.bottom >= below) {
        const old = table.rect.bottom;
        table.rect = { ...table.rect, bottom: rect.bottom };
        sheet.extendValidations({ ...table.rect, top: old }, old, rect.bottom);
        // A table's columns keep their number format as the table grows: a date typed below a table
        // formatted yyyy-mm-dd shows as a date, as in Excel (formats extend to data added to a list:
        // https://learn.microsoft.com/office/vba/api/excel.application.extendlist).
        sheet.extendFormats(table.rect, old, rect.bottom);
      }
    }
  }

  addName(name: string, formula: string, comment: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || CELL_LIKE.test(name)) {
      throw officeError("InvalidArgument", `The name "${name}" is not valid.`);
    }
    if (this.names.has(name.toLowerCase()) || this.table(name)) {
      throw officeError("ItemAlreadyExists", `The name "${name}" is already used.`);
    }
    // A name's formula is checked like a cell's: a name over a column that does not exist is refused.
    // https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)
    checkFormula(this, formula.startsWith("=") ? formula : `=${formula}`);
    this.names.set(name.toLowerCase(), {
      name,
      formula: formula.startsWith("=") ? formula : `=${formula}`,
      comment,
    });
  }

  /**
   * `namedItem.formula = …` (ExcelApi 1.7, writable: NamedItemUpdateData), checked like a new name's.
   * https://learn.microsoft.com/javascript/api/excel/excel.interfaces.nameditemupdatedata
   */
  setNameFormula(name: string, formula: string): void {
    const item = this.names.get(name.toLowerCase());
    if (!item) throw officeError("ItemNotFound", `The name "${name}" does not exist.`);
    const text = formula.startsWith("=") ? formula : `=${formula}`;
    checkFormula(this, text);
    this.names.set(name.toLowerCase(), { ...item, formula: text });
  }

  deleteName(name: string): void {
    if (!this.names.delete(name.toLowerCase()))
      throw officeError("ItemNotFound", `The name "${name}" does not exist.`);
  }

  /** Test helper: a table typed in by people before the add-in ran (header + rows at `anchor`). */
  putTable(
    sheetName: string,
    tableName: string,
    anchor: string,
    headers: readonly CellValue[],
    rows: readonly (readonly CellValue[])[],
  ): TableState {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const start = parseRect(anchor);
    const rect = {
      top: start.top,
      left: start.left,
      bottom: start.top + Math.max(rows.length, 1),
      right: start.left + headers.length - 1,
    };
    headers.forEach((h, c) => sheet.put(rect.top, rect.left + c, h));
    rows.forEach((line, r) => line.forEach((v, c) => sheet.put(rect.top + 1 + r, rect.left + c, v)));
    const table = this.addTable(sheet, rect);
    this.checkTableName(tableName, table);
    table.name = tableName;
    return table;
  }

  /** Test helper: a table's data rows as a grid. */
  tableRows(name: string): CellValue[][] {
    const table = this.table(name);
    if (!table) throw new Error(`Excel double: no table ${name}`);
    return table.sheet.grid(bodyRect(table));
  }

  /** Test helper: a sheet's used range as a grid (formulas shown as their text), for assertions and the workbench. */
  dump(sheetName: string): CellValue[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`Excel double: no sheet ${sheetName}`);
    const used = sheet.usedRect();
    if (!used) return [];
    const whole = { ...used, top: 0, left: 0 };
    return sheet.grid(whole).map((line, r) => line.map((v, c) => sheet.formula(r, c) ?? v));
  }

  address(sheet: SheetState, rect: Rect): string {
    return formatRect(rect, sheet.name);
  }

  columnsOf(table: TableState): number {
    return rectColumns(table.rect);
  }
}
