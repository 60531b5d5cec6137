/**
 * Collections (`worksheets`, `tables`, `names`…): `load("items/name")` then `items`, as in Office.js
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts#load).
 */
import type { ContextDouble } from "./context";
import { officeError } from "./errors";
import type { LoadArg, ProxyDouble } from "./proxy";
import { loadList } from "./proxy";

export class CollectionDouble<S, P extends ProxyDouble<S>> {
  private loadedItems: P[] | undefined;

  constructor(
    readonly context: ContextDouble,
    private readonly list: () => readonly S[],
    private readonly wrap: (state: S) => P,
  ) {}

  get items(): P[] {
    if (!this.loadedItems) {
      throw officeError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load() and context.sync() first.",
      );
    }
    return this.loadedItems;
  }

  load(arg?: LoadArg): this {
    const props = loadList(arg).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(
      props,
      false,
      () => {
        const items = this.list().map((state) => this.wrap(state));
        let bytes = 0;
        const staged = items.map((item) => {
          const values = new Map<string, unknown>();
          for (const prop of props) {
            const value = item.snapshot(prop);
            values.set(prop, value);
            bytes += prop.length + JSON.stringify(value ?? null).length;
          }
          return values;
        });
        this.context.onSynced(() => {
          items.forEach((item, i) => item.prime(staged[i]));
          this.loadedItems = items;
        });
        return bytes;
      },
      true,
    );
    return this;
  }
}
