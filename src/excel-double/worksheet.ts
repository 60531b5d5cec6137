/**
 * `Excel.Worksheet` and `Excel.WorksheetCollection` in the double
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet).
 */
import { MAX_COLUMNS, MAX_ROWS, parseRect } from "./address";
import { CollectionDouble } from "./collection";
import type { ContextDouble } from "./context";
import { notInDouble } from "./errors";
import { PageLayoutDouble } from "./page-layout";
import { ChartCollectionDouble, PivotTableCollectionDouble } from "./pivot";
import { ProxyDouble } from "./proxy";
import { RangeDouble } from "./range";
import type { SheetState } from "./sheet-state";
import { TableDouble } from "./table";

export class WorksheetDouble extends ProxyDouble<SheetState> {
  readonly tables: WorksheetTablesDouble;
  readonly freezePanes: FreezePanesDouble;
  readonly pivotTables: PivotTableCollectionDouble;
  readonly charts: ChartCollectionDouble;
  readonly pageLayout: PageLayoutDouble;

  constructor(context: ContextDouble, locate: () => SheetState | null, orNull = false) {
    super(context, locate, orNull);
    this.tables = new WorksheetTablesDouble(this);
    this.freezePanes = new FreezePanesDouble(this);
    this.pivotTables = new PivotTableCollectionDouble(this);
    this.charts = new ChartCollectionDouble(this);
    this.pageLayout = new PageLayoutDouble(this);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command(name, (sheet) => this.context.book.renameSheet(sheet, name));
  }

  /**
   * Reads back as `#RRGGBB` in upper case, "" for none, and null for a hidden sheet: "if the worksheet is
   * invisible, the value will be null" (ExcelApi 1.7,
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-tabcolor-member).
   */
  get tabColor(): string | null {
    return this.loadedValue("tabColor");
  }
  set tabColor(color: string) {
    this.command(color, (sheet) => {
      this.context.requireApi(7, "Worksheet.tabColor");
      sheet.tabColor = color === "" ? "" : `#${color.replace(/^#/, "").toUpperCase()}`;
    });
  }

  /** A range by address, or without one the whole sheet (ExcelApi 1.1). */
  getRange(address?: string): RangeDouble {
    const rect = () =>
      address === undefined
        ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
        : parseRect(address);
    const range = new RangeDouble(this.context, () => ({ sheet: this.resolve(), rect: rect() }));
    this.context.enqueue(address, false, () => void range.resolve());
    return range;
  }

  /** The used range (values only when `valuesOnly`), or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    void valuesOnly;
    return new RangeDouble(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = sheet.usedRect();
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.context.enqueue(undefined, false, () => (this.context.book.activeSheet = this.resolve()));
  }

  delete(): void {
    this.command(undefined, (sheet) => this.context.book.deleteSheet(sheet));
  }

  protected read(sheet: SheetState, prop: string): unknown {
    switch (prop) {
      case "name":
        return sheet.name;
      case "tabColor":
        return sheet.visibility === "Visible" ? sheet.tabColor : null;
      default:
        throw notInDouble(`Worksheet.${prop}`);
    }
  }

  protected describe(): string {
    return "Worksheet";
  }
}

export class WorksheetCollectionDouble extends CollectionDouble<SheetState, WorksheetDouble> {
  constructor(context: ContextDouble) {
    super(
      context,
      () => context.book.sheets,
      (sheet) => new WorksheetDouble(context, () => sheet),
    );
  }

  add(name: string): WorksheetDouble {
    let created: SheetState | undefined;
    const sheet = new WorksheetDouble(this.context, () => created ?? null);
    this.context.enqueue(name, true, () => {
      created = this.context.book.addSheet(name);
    });
    return sheet;
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.context.book.sheet(name) ?? null, true);
  }

  getItem(name: string): WorksheetDouble {
    const sheet = new WorksheetDouble(this.context, () => this.context.book.sheet(name) ?? null);
    this.context.enqueue(name, false, () => void sheet.resolve());
    return sheet;
  }
}

export class WorksheetTablesDouble extends CollectionDouble<
  ReturnType<ContextDouble["book"]["addTable"]>,
  TableDouble
> {
  constructor(private readonly sheet: WorksheetDouble) {
    super(
      sheet.context,
      () => sheet.context.book.tables.filter((t) => t.sheet === sheet.resolve()),
      (table) => new TableDouble(sheet.context, () => table),
    );
  }

  /** `worksheet.tables.add("A1:F1", true)`; only header-bearing tables are used by SalesPace. */
  add(address: string | RangeDouble, hasHeaders: boolean): TableDouble {
    if (!hasHeaders) throw notInDouble("tables.add without headers");
    let created: ReturnType<ContextDouble["book"]["addTable"]> | undefined;
    const table = new TableDouble(this.context, () => created ?? null);
    this.context.enqueue(typeof address === "string" ? address : "range", true, () => {
      const sheet = this.sheet.resolve();
      const rect = typeof address === "string" ? parseRect(address) : address.resolve().rect;
      created = this.context.book.addTable(sheet, rect);
    });
    return table;
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes */
class FreezePanesDouble {
  constructor(private readonly sheet: WorksheetDouble) {}

  freezeRows(count: number): void {
    this.sheet.context.enqueue(
      count,
      true,
      () => (this.sheet.resolve().freeze = { rows: count, columns: 0 }),
    );
  }

  freezeColumns(count: number): void {
    this.sheet.context.enqueue(
      count,
      true,
      () => (this.sheet.resolve().freeze = { rows: 0, columns: count }),
    );
  }

  /** Removes frozen panes (ExcelApi 1.7). */
  unfreeze(): void {
    this.sheet.context.enqueue(undefined, true, () => {
      this.sheet.context.requireApi(7, "WorksheetFreezePanes.unfreeze");
      this.sheet.resolve().freeze = null;
    });
  }

  freezeAt(address: string): void {
    this.sheet.context.enqueue(address, true, () => {
      const rect = parseRect(address);
      this.sheet.resolve().freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
}
