/** "Validate": every template table checked (SPEC §2); optionally the findings written to the Validation sheet. */
import { addWorkingDays, isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import { buildValidationSheet } from "../plan/validationSheet";
import { findingSalespeople } from "../plan/validationSummary";
import type { Lang } from "../schema/types";
import { cellOf } from "../read";
import type { Finding } from "../validate/finding";
import { validateBook } from "../validate";
import { ensureReadable, loadBook } from "./book";
import { defineAction, step } from "./types";

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

export const validateWorkbook = defineAction<ValidateActionInput, ValidationResult>({
  id: "validate",
  labelKey: "action.validate",
  ensureCanRun: ensureReadable,
  async run(ctx, input, inventory) {
    const loaded = await loadBook(ctx, inventory);
    step(ctx, "validate", 0, 1);
    const found = validateBook({
      book: loaded.book,
      readFindings: loaded.readFindings,
      index: loaded.index,
      calendar: loaded.calendar,
      today: ctx.today,
      signOffOverdueDays: loaded.settings.signOffOverdueDays,
    });
    const findings = found.map((f) => ({ ...f, cell: cellOf(loaded.locations, f.table, f.row, f.column) }));
    const written: string[] = [];
    if (input.writeSheet) {
      step(ctx, "write", 0, 1);
      const sheet = buildValidationSheet(loaded.settings.lang, findings, {
        salespeople: findingSalespeople(loaded.book, findings),
      });
      await ctx.port.replaceOwnedSheets([sheet], ctx.onProgress);
      written.push(sheet.name);
    }
    const lastWorkingDay = addWorkingDays(loaded.calendar, ctx.today, -1);
    const lastIso = isoOfDay(lastWorkingDay);
    const notReported = findings
      .filter((f) => f.code === "W09" && f.args.date === lastIso)
      .map((f) => String(f.args.salesperson));
    step(ctx, "done", 1, 1, written);
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
  },
});
