/** "Fill sample data": a first try in an empty, set-up workbook (the same generator as `salespace demo`). */
import { demoStartBefore, generateDemo } from "../demo";
import { SalesPaceError } from "../errors";
import type { Day } from "../periods/day";
import { TABLES } from "../schema/tables";
import type { TableName } from "../schema/types";
import type { BookInspector, BookInventory, RowAppender } from "./port";
import { ensureSetUp, settingsOf } from "./book";
import { defineAction, step } from "./types";

export interface SampleInput {
  readonly people: number;
  readonly days: number;
  readonly seed: number;
  /** First day of the sample; default: so that it ends on the last working day before today. */
  readonly start?: Day;
  readonly messy: number;
}

/**
 * @throws SalesPaceError NotSetUp, or BadArgument when a template table already has rows
 *   (sample data never mixes with people's data).
 */
export function ensureEmptyTemplates(inventory: BookInventory): void {
  ensureSetUp(inventory);
  const filled = inventory.tables.find((t) => t.rowCount > 0);
  if (filled) {
    throw new SalesPaceError(
      "BadArgument",
      `Sample data goes only into an empty workbook, but table ${filled.table} on sheet "${filled.sheet}" has ${filled.rowCount} rows. Use a new workbook.`,
      undefined,
      { table: filled.table, sheet: filled.sheet },
    );
  }
}

export const fillSampleData = defineAction<
  SampleInput,
  { readonly rows: number },
  BookInspector & RowAppender
>({
  id: "sample",
  labelKey: "action.sample",
  ensureCanRun: ensureEmptyTemplates,
  async run(ctx, input, inventory) {
    const { lang } = settingsOf(inventory, ctx.lang);
    const start = input.start ?? demoStartBefore(ctx.today, input.days);
    const demo = generateDemo({
      people: input.people,
      days: input.days,
      seed: input.seed,
      start,
      messy: input.messy,
      lang,
    });
    const batches = TABLES.map((def) => ({ table: def.name, rows: demo.tables[def.name] }));
    const rows = batches.reduce((sum, b) => sum + b.rows.length, 0);
    step(ctx, `sample:${TABLES[0].name}`, 0, rows);
    // One call for every table: the adapter packs small tables into the requests of large ones.
    const filled = batches.filter((b) => b.rows.length > 0).map((b) => b.table);
    // The adapter fills tables in order and reports the first one not yet complete: those before it are written.
    const writtenBy = (progress: { step: string; done: number; total: number }): string[] =>
      progress.done >= progress.total
        ? filled
        : filled.slice(0, Math.max(0, filled.indexOf(progress.step as TableName)));
    await ctx.port.appendTables(batches, (p) => step(ctx, `sample:${p.step}`, p.done, p.total, writtenBy(p)));
    step(ctx, "done", rows, rows, filled);
    return { rows };
  },
});
