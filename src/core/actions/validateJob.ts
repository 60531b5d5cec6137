/** The pure part of "Validate": raw tables in, findings (and the Validation sheet's plan) out. */
import { customerThresholdsOf } from "../metrics/customers/thresholds";
import { addWorkingDays, isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import type { OwnedSheetPlan } from "../plan/types";
import { buildValidationSheet } from "../plan/validationSheet";
import { findingSalespeople } from "../plan/validationSummary";
import { cellOf } from "../read";
import type { RawTable } from "../read/raw";
import type { Lang } from "../schema/types";
import type { WorkbookSettings } from "../settings";
import { validateBook } from "../validate";
import type { Finding } from "../validate/finding";
import { bookOf } from "./book";

export interface ValidationJob {
  readonly raws: readonly RawTable[];
  readonly settings: WorkbookSettings;
  readonly today: Day;
  /** Also plan the add-in-owned Validation sheet. */
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

export interface ValidationComputed extends ValidationResult {
  /** The Validation sheet to write (only when the job asked for it). */
  readonly sheet: OwnedSheetPlan | null;
}

/**
 * Cleans and validates every template table (SPEC §2); each finding carries the cell it points at.
 *
 * @throws SalesPaceError ColumnMissing (from reading).
 * @example computeValidation({ raws, settings, today, writeSheet: false }).counts.error
 */
export function computeValidation(job: ValidationJob): ValidationComputed {
  const loaded = bookOf(job.raws, job.settings);
  const found = validateBook({
    book: loaded.book,
    readFindings: loaded.readFindings,
    index: loaded.index,
    calendar: loaded.calendar,
    today: job.today,
    signOffOverdueDays: loaded.settings.signOffOverdueDays,
    customerThresholds: customerThresholdsOf(loaded.settings),
  });
  const findings = found.map((f) => ({ ...f, cell: cellOf(loaded.locations, f.table, f.row, f.column) }));
  const sheet = job.writeSheet
    ? buildValidationSheet(loaded.settings.lang, findings, {
        salespeople: findingSalespeople(loaded.book, findings),
      })
    : null;
  const lastWorkingDay = addWorkingDays(loaded.calendar, job.today, -1);
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
    sheet,
  };
}
