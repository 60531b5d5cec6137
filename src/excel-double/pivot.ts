/**
 * PivotTables (ExcelApi 1.8) and charts in the double.
 * https://learn.microsoft.com/javascript/api/excel/excel.pivottablecollection#excel-excel-pivottablecollection-add-member(1)
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-pivottables
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 */
import { intersects, parseRect } from "./address";
import { CollectionDouble } from "./collection";
import type { ContextDouble } from "./context";
import { notInDouble, officeError } from "./errors";
import { ProxyDouble } from "./proxy";
import type { RangeDouble } from "./range";
import type { ChartState, PivotHierarchyState, PivotState } from "./sheet-state";
import type { TableDouble } from "./table";
import type { WorksheetDouble } from "./worksheet";

type Category = "rows" | "columns" | "filters" | "data";

class PivotHierarchyRef {
  constructor(readonly field: string) {}
}

class DataHierarchyDouble {
  constructor(
    private readonly pivot: PivotTableDouble,
    private readonly state: () => PivotHierarchyState,
  ) {}

  private set(prop: keyof PivotHierarchyState, value: string): void {
    this.pivot.sheet.context.enqueue(
      value,
      true,
      () => ((this.state() as unknown as Record<string, string>)[prop] = value),
    );
  }

  /** Sum, Count, Average…; Excel may default some fields to Count, so SalesPace always sets it. */
  set summarizeBy(value: string) {
    this.set("summarizeBy", value);
  }
  set numberFormat(value: string) {
    this.set("numberFormat", value);
  }
  set name(value: string) {
    this.set("name", value);
  }
}

class HierarchyCategoryDouble {
  constructor(
    private readonly pivot: PivotTableDouble,
    private readonly category: Category,
  ) {}

  /** A hierarchy lives in one category only (adding it elsewhere moves it); data can hold it again. */
  add(hierarchy: PivotHierarchyRef): DataHierarchyDouble {
    let created: PivotHierarchyState | undefined;
    this.pivot.sheet.context.enqueue(hierarchy.field, true, () => {
      const pivot = this.pivot.resolve();
      const source = this.pivot.sheet.context.book.table(pivot.sourceTable);
      if (!source)
        throw officeError(
          "InvalidReference",
          `The PivotTable's source table ${pivot.sourceTable} no longer exists.`,
        );
      const headers = this.pivot.sheet.context.book.headers(source).map(String);
      if (!headers.includes(hierarchy.field)) {
        throw officeError(
          "InvalidArgument",
          `The field "${hierarchy.field}" is not in ${pivot.sourceTable}.`,
        );
      }
      if (this.category === "data") {
        created = {
          field: hierarchy.field,
          name: `Sum of ${hierarchy.field}`,
          summarizeBy: "Automatic",
          numberFormat: "General",
        };
        pivot.data.push(created);
        return;
      }
      for (const list of [pivot.rows, pivot.columns, pivot.filters]) {
        const at = list.indexOf(hierarchy.field);
        if (at >= 0) list.splice(at, 1);
      }
      pivot[this.category].push(hierarchy.field);
    });
    return new DataHierarchyDouble(this.pivot, () => {
      if (!created) throw notInDouble("setting a property on a row/column/filter hierarchy");
      return created;
    });
  }
}

export class PivotTableDouble {
  readonly rowHierarchies = new HierarchyCategoryDouble(this, "rows");
  readonly columnHierarchies = new HierarchyCategoryDouble(this, "columns");
  readonly filterHierarchies = new HierarchyCategoryDouble(this, "filters");
  readonly dataHierarchies = new HierarchyCategoryDouble(this, "data");
  readonly hierarchies = { getItem: (name: string) => new PivotHierarchyRef(name) };

  constructor(
    readonly sheet: WorksheetDouble,
    readonly resolve: () => PivotState,
  ) {}

  refresh(): void {
    this.sheet.context.enqueue(undefined, true, () => this.resolve().refreshCount++);
  }
}

/** An item of `worksheet.pivotTables` after `load("items/name")`: its name, and `delete()` (ExcelApi 1.8). */
class PivotItemDouble extends ProxyDouble<PivotState> {
  constructor(
    context: ContextDouble,
    private readonly sheet: WorksheetDouble,
    locate: () => PivotState | null,
  ) {
    super(context, locate);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  delete(): void {
    this.command(undefined, (pivot) => {
      this.context.requireApi(8, "PivotTable.delete");
      const pivots = this.sheet.resolve().pivots;
      const at = pivots.indexOf(pivot);
      if (at < 0) throw officeError("ItemNotFound", `The PivotTable ${pivot.name} no longer exists.`);
      pivots.splice(at, 1);
    });
  }

  protected read(pivot: PivotState, prop: string): unknown {
    if (prop === "name") return pivot.name;
    throw notInDouble(`PivotTable.${prop}`);
  }

  protected describe(): string {
    return "PivotTable";
  }
}

/** `worksheet.pivotTables` (loading its items: ExcelApi 1.3; adding: 1.8). */
export class PivotTableCollectionDouble extends CollectionDouble<PivotState, PivotItemDouble> {
  constructor(private readonly sheet: WorksheetDouble) {
    super(
      sheet.context,
      () => {
        sheet.context.requireApi(3, "Worksheet.pivotTables");
        return sheet.resolve().pivots;
      },
      (pivot) => new PivotItemDouble(sheet.context, sheet, () => pivot),
    );
  }

  add(name: string, source: string | TableDouble, destination: string | RangeDouble): PivotTableDouble {
    let created: PivotState | undefined;
    const context = this.sheet.context;
    context.enqueue([name, typeof source === "string" ? source : "table"], true, () => {
      context.requireApi(8, "PivotTableCollection.add");
      const sheet = this.sheet.resolve();
      sheet.assertWritable();
      const table = typeof source === "string" ? context.book.table(source) : source.resolve();
      if (!table)
        throw officeError("InvalidArgument", `The PivotTable source "${String(source)}" is not a table.`);
      const dest = typeof destination === "string" ? parseRect(destination) : destination.resolve().rect;
      if (sheet.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
        throw officeError("ItemAlreadyExists", `A PivotTable named ${name} already exists on ${sheet.name}.`);
      }
      if (context.book.tables.some((t) => t.sheet === sheet && intersects(t.rect, dest))) {
        throw officeError("InvalidOperation", "A PivotTable can't overlap a table.");
      }
      created = {
        name,
        sourceTable: table.name,
        destination: dest,
        rows: [],
        columns: [],
        filters: [],
        data: [],
        refreshCount: 0,
      };
      sheet.pivots.push(created);
    });
    return new PivotTableDouble(this.sheet, () => {
      if (!created) throw officeError("InvalidObjectPath", "The PivotTable was not created.");
      return created;
    });
  }
}

/** An item of `worksheet.charts` after `load("items/name")`: its name, and `delete()` (ExcelApi 1.1). */
class ChartItemDouble extends ProxyDouble<ChartState> {
  constructor(
    context: ContextDouble,
    private readonly sheet: WorksheetDouble,
    locate: () => ChartState | null,
  ) {
    super(context, locate);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  delete(): void {
    this.command(undefined, (chart) => {
      const sheet = this.sheet.resolve();
      sheet.assertWritable();
      const at = sheet.charts.indexOf(chart);
      if (at < 0) throw officeError("ItemNotFound", `The chart ${chart.name} no longer exists.`);
      sheet.charts.splice(at, 1);
    });
  }

  protected read(chart: ChartState, prop: string): unknown {
    if (prop === "name") return chart.name;
    throw notInDouble(`Chart.${prop}`);
  }

  protected describe(): string {
    return "Chart";
  }
}

export class ChartCollectionDouble extends CollectionDouble<ChartState, ChartItemDouble> {
  constructor(private readonly sheet: WorksheetDouble) {
    super(
      sheet.context,
      () => sheet.resolve().charts,
      (chart) => new ChartItemDouble(sheet.context, sheet, () => chart),
    );
  }

  add(type: string, source: RangeDouble, seriesBy: string) {
    const context = this.sheet.context;
    let created: ChartState | undefined;
    context.enqueue([type, seriesBy], true, () => {
      const sheet = this.sheet.resolve();
      sheet.assertWritable();
      created = {
        type,
        source: source.resolve().rect,
        seriesBy,
        name: `Chart ${sheet.charts.length + 1}`,
        title: "",
        topLeft: "",
        bottomRight: "",
      };
      sheet.charts.push(created);
    });
    const chart = () => {
      if (!created) throw officeError("InvalidObjectPath", "The chart was not created.");
      return created;
    };
    return {
      set name(value: string) {
        context.enqueue(value, true, () => (chart().name = value));
      },
      title: {
        set text(value: string) {
          context.enqueue(value, true, () => (chart().title = value));
        },
      },
      setPosition(startCell: string, endCell: string): void {
        context.enqueue([startCell, endCell], true, () =>
          Object.assign(chart(), { topLeft: startCell, bottomRight: endCell }),
        );
      },
    };
  }
}
