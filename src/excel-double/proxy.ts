/**
 * Proxy objects as in Office.js: scalar properties can be read only after `load()` and `sync()`; before
 * that they throw PropertyNotLoaded, which is what Excel does
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
 * Navigation (getItem, getRange…) is lazy: the target is looked up when the command runs at sync time
 * and then remembered, so a range keeps the cells it named when first used.
 */
import type { ContextDouble } from "./context";
import { jsonBytes } from "./context";
import { notInDouble, officeError } from "./errors";

export type LoadArg = string | string[] | { select?: string };

export function loadList(arg: LoadArg | undefined): string[] {
  if (arg === undefined) throw notInDouble("load() without property names (lint rule no-empty-load)");
  const text = typeof arg === "string" ? arg : Array.isArray(arg) ? arg.join(",") : (arg.select ?? "");
  const list = text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (list.length === 0) throw notInDouble("load() without property names (lint rule no-empty-load)");
  return list;
}

export abstract class ProxyDouble<T> {
  private readonly loaded = new Map<string, unknown>();
  private target: T | undefined;
  private nullObject: boolean | undefined;

  constructor(
    readonly context: ContextDouble,
    private readonly locate: () => T | null,
    private readonly orNull = false,
  ) {
    if (orNull) {
      context.enqueue(undefined, false, () => {
        const found = this.tryResolve();
        context.onSynced(() => (this.nullObject = found === null));
      });
    }
  }

  /** Resolves the target at sync time (once); a missing item throws ItemNotFound unless this is an *OrNullObject. */
  resolve(): T {
    const found = this.tryResolve();
    if (found === null)
      throw officeError("ItemNotFound", `The requested resource doesn't exist (${this.describe()}).`);
    return found;
  }

  private tryResolve(): T | null {
    if (this.target !== undefined) return this.target;
    const found = this.locate();
    if (found !== null) this.target = found;
    return found;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw officeError("PropertyNotLoaded", "isNullObject is not available before context.sync().");
    }
    return this.nullObject;
  }

  load(arg?: LoadArg): this {
    const props = loadList(arg);
    this.context.enqueue(
      props,
      false,
      () => {
        const found = this.orNull ? this.tryResolve() : this.resolve();
        const staged = new Map<string, unknown>();
        let bytes = 0;
        for (const prop of props) {
          const value = found === null ? null : this.read(found, prop);
          staged.set(prop, value);
          bytes += prop.length + jsonBytes(value);
        }
        this.context.onSynced(() => staged.forEach((v, k) => this.loaded.set(k, v)));
        return bytes;
      },
      true,
    );
    return this;
  }

  /** The value `prop` has now (used when a collection loads its items' properties). */
  snapshot(prop: string): unknown {
    return this.read(this.resolve(), prop);
  }

  /** Marks properties as loaded (a collection's `items/…` load fills its items this way). */
  prime(values: ReadonlyMap<string, unknown>): void {
    values.forEach((v, k) => this.loaded.set(k, v));
  }

  /** Reads a loaded scalar; throws PropertyNotLoaded like Office.js when it was not loaded and synced. */
  protected loadedValue<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw officeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as V;
  }

  /** Queues a change to the target. */
  protected command(args: unknown, apply: (target: T) => void): void {
    this.context.enqueue(args, true, () => apply(this.resolve()));
  }

  /** The value of a loadable property, computed from the state at sync time. */
  protected abstract read(target: T, prop: string): unknown;

  protected abstract describe(): string;
}
