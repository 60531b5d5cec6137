/** The split tool (SPEC §1.2) as actions: preview the children of a parent target, then append them to Targets. */
import { SalesPaceError } from "../errors";
import { type SplitChild, type SplitRequest, rosterOf, splitTarget } from "../metrics/split";
import type { CellValue } from "../plan/types";
import { METRICS } from "../schema/enums";
import { TARGETS } from "../schema/tables";
import type { Lang } from "../schema/types";
import type { BookInventory } from "./port";
import { ensureReadable, ensureSetUp, loadBook } from "./book";
import { defineAction, step } from "./types";

/** A split request; for a split into salespeople the roster is taken from the Salespeople list. */
export type SplitInput = SplitRequest extends infer R
  ? R extends { roster: unknown }
    ? Omit<R, "roster">
    : R
  : never;

export interface SplitPreview {
  readonly children: readonly SplitChild[];
  readonly total: number;
}

/** Children as rows of the Targets table, in its column order, with the metric label in `lang`. */
export function targetRows(children: readonly SplitChild[], lang: Lang): CellValue[][] {
  return children.map((child) => {
    const record: Record<string, CellValue> = {
      period: child.period,
      salesperson: child.salesperson,
      dealer: child.dealer,
      region: child.region,
      product: child.product,
      metric: METRICS.find((m) => m.key === child.metric)?.label[lang] ?? child.metric,
      target: child.value,
    };
    return TARGETS.columns.map((column) => record[column.key] ?? null);
  });
}

/** @throws SalesPaceError NotSetUp, or TableMissing when the Targets table is gone. */
function ensureTargetsTable(inventory: BookInventory): void {
  ensureSetUp(inventory);
  if (!inventory.tables.some((t) => t.table === "Targets")) {
    throw new SalesPaceError(
      "TableMissing",
      "The Targets table is missing. Run Set up workbook, then try again.",
    );
  }
}

export const previewSplit = defineAction<SplitInput, SplitPreview>({
  id: "splitPreview",
  labelKey: "action.splitPreview",
  ensureCanRun: ensureReadable,
  async run(ctx, input, inventory) {
    const loaded = await loadBook(ctx, inventory);
    const request: SplitRequest =
      input.into === "salespeople" ? { ...input, roster: rosterOf(loaded.book.salespeople) } : input;
    const children = splitTarget(request, loaded.calendar);
    return { children, total: children.reduce((sum, c) => sum + c.value, 0) };
  },
});

export interface SplitWriteInput {
  readonly children: readonly SplitChild[];
}

export const writeSplit = defineAction<SplitWriteInput, { readonly written: number }>({
  id: "splitWrite",
  labelKey: "action.splitWrite",
  ensureCanRun: ensureTargetsTable,
  async run(ctx, input, inventory) {
    if (input.children.length === 0) {
      throw new SalesPaceError("BadArgument", "There are no target rows to write. Preview a split first.");
    }
    const lang = inventory.settings?.lang ?? ctx.lang;
    step(ctx, "write", 0, 1);
    await ctx.port.appendRows("Targets", targetRows(input.children, lang));
    step(ctx, "done", 1, 1);
    return { written: input.children.length };
  },
});
