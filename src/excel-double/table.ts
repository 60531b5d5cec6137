/**
 * `Excel.Table`, its columns and the workbook's table collection in the double
 * (https://learn.microsoft.com/javascript/api/excel/excel.table).
 */
import { CollectionDouble } from "./collection";
import type { ContextDouble } from "./context";
import { notInDouble } from "./errors";
import { ProxyDouble } from "./proxy";
import { RangeDouble } from "./range";
import { addTableRows, bodyRect, totalRowRect } from "./table-rows";
import type { CellValue } from "./sheet-state";
import type { TableState } from "./workbook-state";
import { WorksheetDouble } from "./worksheet";

export class TableDouble extends ProxyDouble<TableState> {
  readonly columns: TableColumnsDouble;
  readonly rows: TableRowsDouble;

  constructor(context: ContextDouble, locate: () => TableState | null, orNull = false) {
    super(context, locate, orNull);
    this.columns = new TableColumnsDouble(this);
    this.rows = new TableRowsDouble(this);
  }

  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command(name, (table) => this.context.book.renameTable(table, name));
  }

  /** Deletes the table and its cells (ExcelApi 1.1); references to it become #REF! (references.ts). */
  delete(): void {
    this.command(undefined, (table) => this.context.book.deleteTable(table));
  }

  set style(style: string) {
    this.command(style, (table) => (table.style = style));
  }

  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.resolve().sheet);
  }

  private range(shape: (t: TableState) => TableState["rect"]): RangeDouble {
    const range = new RangeDouble(this.context, () => {
      const table = this.resolve();
      return { sheet: table.sheet, rect: shape(table) };
    });
    this.context.enqueue(undefined, false, () => void range.resolve());
    return range;
  }

  getRange(): RangeDouble {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): RangeDouble {
    return this.range((t) => ({ ...t.rect, bottom: t.rect.top }));
  }
  getDataBodyRange(): RangeDouble {
    return this.range(bodyRect);
  }
  getTotalRowRange(): RangeDouble {
    return this.range(totalRowRect);
  }

  protected read(table: TableState, prop: string): unknown {
    switch (prop) {
      case "name":
        return table.name;
      case "showTotals":
        return table.showTotals;
      default:
        throw notInDouble(`Table.${prop}`);
    }
  }

  protected describe(): string {
    return "Table";
  }
}

class TableColumnDouble {
  constructor(
    private readonly table: TableDouble,
    private readonly index: () => number,
  ) {}

  getDataBodyRange(): RangeDouble {
    const range = new RangeDouble(this.table.context, () => {
      const t = this.table.resolve();
      const column = t.rect.left + this.index();
      return { sheet: t.sheet, rect: { ...bodyRect(t), left: column, right: column } };
    });
    this.table.context.enqueue(undefined, false, () => void range.resolve());
    return range;
  }
}

class TableColumnsDouble {
  constructor(private readonly table: TableDouble) {}

  /**
   * `columns.add(null, null, name)` appends a column at the right end (index and name need ExcelApi 1.4).
   * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)
   */
  add(index: number | null | undefined, values: unknown, name: string): TableColumnDouble {
    if (index !== null && index !== undefined) throw notInDouble("columns.add at an index");
    if (values !== null && values !== undefined) throw notInDouble("columns.add with values");
    let position = -1;
    this.table.context.enqueue(name, true, () => {
      this.table.context.requireApi(4, "TableColumnCollection.add with a name");
      const table = this.table.resolve();
      this.table.context.book.addTableColumn(table, name);
      position = table.rect.right - table.rect.left;
    });
    return new TableColumnDouble(this.table, () => position);
  }
}

/** `table.rows`: only `add(null, values)` at the end, the way SalesPace uses it (table-rows.ts). */
class TableRowsDouble {
  constructor(private readonly table: TableDouble) {}

  add(index: number | null | undefined, values: CellValue[][]): void {
    if (index !== null && index !== undefined && index !== -1) throw notInDouble("rows.add at an index");
    if (!Array.isArray(values)) throw notInDouble("rows.add without values");
    this.table.context.enqueue(values, true, () => {
      this.table.context.requireApi(values.length > 1 ? 4 : 1, "TableRowCollection.add of several rows");
      addTableRows(this.table.resolve(), values);
    });
  }
}

export class TableCollectionDouble extends CollectionDouble<TableState, TableDouble> {
  constructor(context: ContextDouble) {
    super(
      context,
      () => context.book.tables,
      (table) => new TableDouble(context, () => table),
    );
  }

  getItem(name: string): TableDouble {
    const table = new TableDouble(this.context, () => this.context.book.table(name) ?? null);
    this.context.enqueue(name, false, () => void table.resolve());
    return table;
  }
}
