/** "Validate": every template table checked (SPEC §2); optionally the findings written to the Validation sheet. */
import { customerThresholdsOf } from "../metrics/customers/thresholds";
import { addWorkingDays, isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import { buildValidationSheet } from "../plan/validationSheet";
import { findingSalespeople } from "../plan/validationSummary";
import type { Lang } from "../schema/types";
import { cellOf } from "../read";
import type { Finding } from "../validate/finding";
import { validateBook } from "../validate";
import { type LoadedBook, ensureReadable, loadBook } from "./book";
import type { BookInspector, BookInventory, ReadingPort, RollupPort } from "./port";
import { type ActionContext, defineAction, step } from "./types";

export interface ValidateActionInput {
  /** Also (re)write the add-in-owned Validation sheet. */
  readonly writeSheet: boolean;
}

export interface ValidationResult {
  readonly lang: Lang;
  readonly findings: readonly Finding[];
  readonly counts: { readonly error: number; readonly warning: number };
  /** W09 for the last working day before today: who has not reported (what supervisors chase). */
  readonly notReported: readonly string[];
  readonly lastWorkingDay: Day;
}

/** Validation without writing anything: read, check, point each finding at its cell. */
async function validate(ctx: ActionContext<ReadingPort>, inventory: BookInventory) {
  const loaded = await loadBook(ctx, inventory);
  step(ctx, "validate", 0, 1);
  const found = validateBook({
    book: loaded.book,
    readFindings: loaded.readFindings,
    index: loaded.index,
    calendar: loaded.calendar,
    today: ctx.today,
    signOffOverdueDays: loaded.settings.signOffOverdueDays,
    customerThresholds: customerThresholdsOf(loaded.settings),
  });
  const findings = found.map((f) => ({ ...f, cell: cellOf(loaded.locations, f.table, f.row, f.column) }));
  return { loaded, findings };
}

function resultOf(
  ctx: ActionContext<BookInspector>,
  loaded: LoadedBook,
  findings: readonly Finding[],
): ValidationResult {
  const lastWorkingDay = addWorkingDays(loaded.calendar, ctx.today, -1);
  const lastIso = isoOfDay(lastWorkingDay);
  const notReported = findings
    .filter((f) => f.code === "W09" && f.args.date === lastIso)
    .map((f) => String(f.args.salesperson));
  return {
    lang: loaded.settings.lang,
    findings,
    counts: {
      error: findings.filter((f) => f.severity === "error").length,
      warning: findings.filter((f) => f.severity === "warning").length,
    },
    notReported,
    lastWorkingDay,
  };
}

/** "Validate" with the choice of writing the findings to the Validation sheet (the pane, the ribbon). */
export const validateWorkbook = defineAction<ValidateActionInput, ValidationResult, RollupPort>({
  id: "validate",
  labelKey: "action.validate",
  ensureCanRun: ensureReadable,
  async run(ctx, input, inventory) {
    const { loaded, findings } = await validate(ctx, inventory);
    const written: string[] = [];
    if (input.writeSheet) {
      step(ctx, "write", 0, 1);
      const sheet = buildValidationSheet(loaded.settings.lang, findings, {
        salespeople: findingSalespeople(loaded.book, findings),
      });
      await ctx.port.replaceOwnedSheets([sheet], ctx.onProgress);
      written.push(sheet.name);
    }
    step(ctx, "done", 1, 1, written);
    return resultOf(ctx, loaded, findings);
  },
});

/** "Validate" over a port that only reads (`salespace validate`): the findings, nothing written. */
export const checkWorkbook = defineAction<Record<string, never>, ValidationResult, ReadingPort>({
  id: "validate",
  labelKey: "action.validate",
  ensureCanRun: ensureReadable,
  async run(ctx, _input, inventory) {
    const { loaded, findings } = await validate(ctx, inventory);
    step(ctx, "done", 1, 1);
    return resultOf(ctx, loaded, findings);
  },
});
