/** "Validate": every template table checked (SPEC §2); optionally the findings written to the Validation sheet. */
import { ensureReadable, readRawTables, settingsOf } from "./book";
import { runCore } from "./coreJobs";
import type { BookInventory, ReadingPort, RollupPort } from "./port";
import { type ActionContext, defineAction, step } from "./types";
import { type ValidationComputed, type ValidationResult, computeValidation } from "./validateJob";

export type { ValidationResult } from "./validateJob";

export interface ValidateActionInput {
  /** Also (re)write the add-in-owned Validation sheet. */
  readonly writeSheet: boolean;
}

/** Read, then check and point each finding at its cell (in the context's core runner, or in place). */
async function validate(
  ctx: ActionContext<ReadingPort>,
  inventory: BookInventory,
  writeSheet: boolean,
): Promise<ValidationComputed> {
  const raws = await readRawTables(ctx, inventory);
  step(ctx, "validate", 0, 1);
  const job = { raws, settings: settingsOf(inventory, ctx.lang), today: ctx.today, writeSheet };
  return runCore(ctx, "validate", job, computeValidation);
}

/** "Validate" with the choice of writing the findings to the Validation sheet (the pane, the ribbon). */
export const validateWorkbook = defineAction<ValidateActionInput, ValidationResult, RollupPort>({
  id: "validate",
  labelKey: "action.validate",
  ensureCanRun: ensureReadable,
  async run(ctx, input, inventory) {
    const { sheet, ...result } = await validate(ctx, inventory, input.writeSheet);
    const written: string[] = [];
    if (sheet) {
      step(ctx, "write", 0, 1);
      await ctx.port.replaceOwnedSheets([sheet], ctx.onProgress);
      written.push(sheet.name);
    }
    step(ctx, "done", 1, 1, written);
    return result;
  },
});

/** "Validate" over a port that only reads (`salespace validate`): the findings, nothing written. */
export const checkWorkbook = defineAction<Record<string, never>, ValidationResult, ReadingPort>({
  id: "validate",
  labelKey: "action.validate",
  ensureCanRun: ensureReadable,
  async run(ctx, _input, inventory) {
    const { sheet: _none, ...result } = await validate(ctx, inventory, false);
    step(ctx, "done", 1, 1);
    return result;
  },
});
