/** The split tool (SPEC §1.2) as actions: preview the children of a parent target, then append them to Targets. */
import { SalesPaceError, localizedError } from "../errors";
import { type SplitChild, type SplitRequest, rosterOf } from "../metrics/split";
import { type SplitPlan, existingChildren, planSplit } from "../metrics/splitPlan";
import { readBook } from "../read";
import type { CellValue } from "../plan/types";
import { METRICS } from "../schema/enums";
import { TARGETS } from "../schema/tables";
import type { Lang } from "../schema/types";
import type { BookInventory, ReadingPort, RowAppender } from "./port";
import { ensureReadable, ensureSetUp, loadBook } from "./book";
import { defineAction, step } from "./types";

/** A split request; for a split into salespeople the roster is taken from the Salespeople list. */
export type SplitInput = SplitRequest extends infer R
  ? R extends { roster: unknown }
    ? Omit<R, "roster">
    : R
  : never;

export interface SplitPreview extends SplitPlan {
  /** The sum of every child of a fresh split (equal to the parent). */
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

export const previewSplit = defineAction<SplitInput, SplitPreview, ReadingPort>({
  id: "splitPreview",
  labelKey: "action.splitPreview",
  ensureCanRun: ensureReadable,
  async run(ctx, input, inventory) {
    const loaded = await loadBook(ctx, inventory);
    const request: SplitRequest =
      input.into === "salespeople" ? { ...input, roster: rosterOf(loaded.book.salespeople) } : input;
    const plan = planSplit(request, loaded.calendar, loaded.book.targets);
    return { ...plan, total: plan.children.reduce((sum, c) => sum + c.value, 0) };
  },
});

export interface SplitWriteInput {
  readonly children: readonly SplitChild[];
}

export const writeSplit = defineAction<
  SplitWriteInput,
  { readonly written: number },
  ReadingPort & RowAppender
>({
  id: "splitWrite",
  labelKey: "action.splitWrite",
  ensureCanRun: ensureTargetsTable,
  async run(ctx, input, inventory) {
    if (input.children.length === 0) throw localizedError("BadArgument", "split.nothingToWrite");
    step(ctx, "read", 0, 1);
    // Read again just before writing: a second click, or a colleague, may have added these rows since the preview.
    const { book } = readBook(await ctx.port.readTables(["Targets"]));
    const already = existingChildren(input.children, book.targets);
    if (already.length > 0) {
      const rows = already.flatMap((e) => e.rows).sort((a, b) => a - b);
      throw localizedError("BadArgument", "split.existsNow", {
        count: String(already.length),
        rows: rows.join(", "),
        rowsZh: rows.join("、"),
      });
    }
    const lang = inventory.settings?.lang ?? ctx.lang;
    step(ctx, "write", 0, 1);
    await ctx.port.appendRows("Targets", targetRows(input.children, lang));
    step(ctx, "done", 1, 1);
    return { written: input.children.length };
  },
});
