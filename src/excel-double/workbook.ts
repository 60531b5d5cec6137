/**
 * `context.workbook` in the double: worksheets, tables, names (ExcelApi 1.4, `formula` 1.7) and settings
 * (ExcelApi 1.4). https://learn.microsoft.com/javascript/api/excel/excel.workbook
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 */
import { CollectionDouble } from "./collection";
import type { ContextDouble } from "./context";
import { notInDouble } from "./errors";
import { ProxyDouble } from "./proxy";
import { TableCollectionDouble } from "./table";
import type { NameState } from "./workbook-state";
import { WorksheetCollectionDouble } from "./worksheet";

class NamedItemDouble extends ProxyDouble<NameState> {
  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.command(formula, (item) => {
      this.context.requireApi(7, "NamedItem.formula");
      this.context.book.setNameFormula(item.name, formula);
    });
  }

  delete(): void {
    this.command(undefined, (item) => this.context.book.deleteName(item.name));
  }

  protected read(item: NameState, prop: string): unknown {
    if (prop === "name") return item.name;
    if (prop === "formula") {
      this.context.requireApi(7, "NamedItem.formula");
      return item.formula;
    }
    throw notInDouble(`NamedItem.${prop}`);
  }

  protected describe(): string {
    return "NamedItem";
  }
}

class NamedItemCollectionDouble extends CollectionDouble<NameState, NamedItemDouble> {
  constructor(context: ContextDouble) {
    super(
      context,
      () => [...context.book.names.values()],
      (item) => new NamedItemDouble(context, () => item),
    );
  }

  add(name: string, reference: string, comment?: string): void {
    this.context.enqueue([name, reference, comment], true, () => {
      this.context.requireApi(4, "NamedItemCollection.add");
      this.context.book.addName(name, reference, comment ?? "");
    });
  }

  getItem(name: string): NamedItemDouble {
    const item = new NamedItemDouble(
      this.context,
      () => this.context.book.names.get(name.toLowerCase()) ?? null,
    );
    this.context.enqueue(name, false, () => void item.resolve());
    return item;
  }
}

interface SettingState {
  readonly key: string;
  readonly value: unknown;
}

class SettingDouble extends ProxyDouble<SettingState> {
  get value(): unknown {
    return this.loadedValue("value");
  }

  protected read(setting: SettingState, prop: string): unknown {
    if (prop === "value") return JSON.parse(JSON.stringify(setting.value));
    throw notInDouble(`Setting.${prop}`);
  }

  protected describe(): string {
    return "Setting";
  }
}

class SettingCollectionDouble {
  constructor(private readonly context: ContextDouble) {}

  /** Adds or replaces a setting; the value must survive JSON (it is stored in the file). */
  add(key: string, value: unknown): void {
    this.context.enqueue([key, value], true, () => {
      this.context.requireApi(4, "SettingCollection.add");
      this.context.book.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
  }

  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(
      this.context,
      () => {
        this.context.requireApi(4, "SettingCollection");
        const book = this.context.book;
        return book.settings.has(key) ? { key, value: book.settings.get(key) } : null;
      },
      true,
    );
  }
}

export class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly settings: SettingCollectionDouble;

  constructor(context: ContextDouble) {
    this.worksheets = new WorksheetCollectionDouble(context);
    this.tables = new TableCollectionDouble(context);
    this.names = new NamedItemCollectionDouble(context);
    this.settings = new SettingCollectionDouble(context);
  }
}
