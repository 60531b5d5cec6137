/**
 * Commands are values (STYLE §4): `{ id, labelKey, ensureCanRun, canRun, run }`. The task pane, the ribbon
 * and the command line dispatch the same actions over their workbook ports, so no rule is written twice.
 * Each action names the port capabilities it needs (port.ts): a surface whose port lacks one cannot run it
 * (a type error, not a failure at run time).
 */
import { SalesPaceError } from "../errors";
import type { MessageKey } from "../i18n";
import type { Day } from "../periods/day";
import type { Lang } from "../schema/types";
import type { CoreRunner } from "./coreJobs";
import type { BookInspector, BookInventory, Progress, WorkbookPort } from "./port";

/** Set by whoever started an operation; actions check it between steps. */
export interface CancelToken {
  readonly cancelled: boolean;
}

/** What an action runs with; `P` is the port's capabilities (at least inspecting; by default all of them). */
export interface ActionContext<P extends BookInspector = WorkbookPort> {
  readonly port: P;
  /** Today, read from the clock by the adapter (the core never reads it). */
  readonly today: Day;
  /** Language for a workbook that has no SalesPace settings yet (the user's display language). */
  readonly lang: Lang;
  readonly onProgress?: (progress: Progress) => void;
  readonly cancel?: CancelToken;
  /** Where the CPU-heavy core jobs run (the pane: a Web Worker); absent = in place. */
  readonly core?: CoreRunner;
}

/** An action over a port with the capabilities `P` (an action that needs less runs over any port with more). */
export interface Action<Input, Result, P extends BookInspector = WorkbookPort> {
  readonly id: string;
  readonly labelKey: MessageKey;
  /** @throws SalesPaceError saying why the action cannot run on this workbook now. */
  ensureCanRun(inventory: BookInventory): void;
  /** `ensureCanRun` as a yes/no, for enabling a button. */
  canRun(inventory: BookInventory): boolean;
  /**
   * Looks at the workbook once, checks every precondition (`ensureCanRun`) before anything is read or
   * written, then does the work with what it found.
   */
  readonly run: (ctx: ActionContext<P>, input: Input) => Promise<Result>;
}

/** What an action is made of: its preconditions, and the work, handed the inventory they passed. */
export interface ActionSpec<Input, Result, P extends BookInspector> {
  readonly id: string;
  readonly labelKey: MessageKey;
  ensureCanRun(inventory: BookInventory): void;
  run(ctx: ActionContext<P>, input: Input, inventory: BookInventory): Promise<Result>;
}

/**
 * Builds an action: "Can I?" (`canRun`, for a button) is "Do it" (`run`) without the doing — both apply
 * the same `ensureCanRun` to the same kind of inventory, so an enabled button never fails on a precondition.
 * `P` names the port capabilities the work uses.
 *
 * @example defineAction<SplitInput, SplitPreview, ReadingPort>({ id: "splitPreview", … })
 */
export function defineAction<Input, Result, P extends BookInspector>(
  spec: ActionSpec<Input, Result, P>,
): Action<Input, Result, P> {
  return {
    id: spec.id,
    labelKey: spec.labelKey,
    ensureCanRun: spec.ensureCanRun,
    async run(ctx, input) {
      const inventory = await ctx.port.inspect();
      spec.ensureCanRun(inventory);
      return spec.run(ctx, input, inventory);
    },
    canRun(inventory) {
      try {
        spec.ensureCanRun(inventory);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Reports a step and stops with `Cancelled` when the user cancelled since the last step. `written` names
 * what the action has written so far (sheets rebuilt, tables filled): the Cancelled error carries it, so
 * the user hears what is already in the workbook.
 *
 * @throws SalesPaceError Cancelled, with `args.written`.
 * @example step(ctx, "done", 5, 5, ["Scorecard", "Pivots"])
 */
export function step(
  ctx: ActionContext<BookInspector>,
  name: string,
  done: number,
  total: number,
  written: readonly string[] = [],
): void {
  if (ctx.cancel?.cancelled) {
    const message =
      written.length === 0
        ? "Cancelled. Nothing was written."
        : `Cancelled. Written before the cancel took effect: ${written.join(", ")}. Nothing after that was written.`;
    throw new SalesPaceError("Cancelled", message, undefined, { written });
  }
  ctx.onProgress?.({ step: name, done, total });
}
