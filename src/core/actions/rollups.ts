/**
 * "Refresh rollups": Scorecard, PivotTables (over the facts table), Efficiency, Weekly report (SPEC §4)
 * and Customers (SPEC §8.5).
 */
import { SalesPaceError, localizedError } from "../errors";
import type { CustomersModel } from "../metrics/customers";
import type { CustomerThresholds } from "../metrics/customers/thresholds";
import type { EfficiencyLine, Period, Scorecard, ScorecardLine, WeeklyReport } from "../metrics/types";
import { parsePeriod, periodOf } from "../periods";
import { asOfProblem } from "../periods/asOf";
import type { Day } from "../periods/day";
import type { CellTarget } from "../read/locations";
import type { Lang } from "../schema/types";
import { ensureReadable, readRawTables, settingsOf } from "./book";
import { runCore } from "./coreJobs";
import { computeRollupJob } from "./rollupJob";
import type { RollupPort } from "./port";
import { defineAction, step } from "./types";

export { type RollupModels, computeRollups } from "./rollupJob";

export interface RollupActionInput {
  /** Period text (`2026`, `2026-Q4`, `2026-11`, `2026-W48`); default: the month of as-of. */
  readonly period?: string;
  /** Must lie in the period. Default: today, kept within the period. */
  readonly asOf?: Day;
}

export interface RollupResult {
  readonly lang: Lang;
  readonly period: Period;
  readonly asOf: Day;
  readonly scorecard: Scorecard;
  readonly efficiency: readonly EfficiencyLine[];
  readonly weekly: WeeklyReport;
  readonly customers: CustomersModel;
  /** The thresholds the customer figures were computed with (the workbook's settings). */
  readonly customerThresholds: CustomerThresholds;
  /**
   * Where each silent customer (`customers.silent`, same order) is in the Customers list: the name cell
   * of its row, where the reader found the table. Null where the workbook has no such table.
   */
  readonly silentCells: readonly (CellTarget | null)[];
  /** Salesperson lines behind time progress on Sales (negative pace), most behind first. */
  readonly behindPace: readonly ScorecardLine[];
  /** Names of the sheets written. */
  readonly sheets: readonly string[];
}

/**
 * The period a rollup is for.
 * @throws SalesPaceError BadPeriod for text that is not a period.
 */
export function rollupPeriod(text: string | undefined, asOf: Day): Period {
  if (text === undefined || text.trim() === "") return periodOf("month", asOf);
  const period = parsePeriod(text);
  if (!period) {
    throw new SalesPaceError(
      "BadPeriod",
      `"${text}" is not a period. Use 2026, 2026-Q4, 2026-11 or 2026-W48.`,
      undefined,
      { period: text },
    );
  }
  return period;
}

/**
 * @throws SalesPaceError BadArgument when `asOf` lies outside `period`.
 */
export function ensureAsOfInPeriod(period: Period, asOf: Day): void {
  const problem = asOfProblem(period, asOf);
  if (problem !== null) throw localizedError("BadArgument", problem.key, problem.args);
}

/**
 * The as-of date of a rollup: the one given (which must lie in the period), else today kept within
 * the period, so a past month is seen as of its last day and a coming one as of its first.
 *
 * @throws SalesPaceError BadArgument when the given as-of date lies outside the period.
 */
export function rollupAsOf(period: Period, given: Day | undefined, today: Day): Day {
  if (given === undefined) return Math.min(Math.max(today, period.start), period.end);
  ensureAsOfInPeriod(period, given);
  return given;
}

export const refreshRollups = defineAction<RollupActionInput, RollupResult, RollupPort>({
  id: "rollups",
  labelKey: "action.rollups",
  ensureCanRun: ensureReadable,
  async run(ctx, input, inventory) {
    const period = rollupPeriod(input.period, input.asOf ?? ctx.today);
    const asOf = rollupAsOf(period, input.asOf, ctx.today);
    const raws = await readRawTables(ctx, inventory);
    step(ctx, "compute", 0, 1);
    const job = { raws, settings: settingsOf(inventory, ctx.lang), period, asOf };
    const computed = await runCore(ctx, "rollups", job, computeRollupJob);
    const { scorecard, efficiency, weekly, customers, customerThresholds, plans, behindPace } = computed;
    step(ctx, "write", 0, plans.length);
    await ctx.port.replaceOwnedSheets(plans, ctx.onProgress);
    // The rebuild is one swap: once it returned, every sheet is new, and a cancel now can only say so.
    step(
      ctx,
      "done",
      plans.length,
      plans.length,
      plans.map((p) => p.name),
    );
    return {
      lang: computed.lang,
      period,
      asOf,
      scorecard,
      efficiency,
      weekly,
      customers,
      customerThresholds,
      silentCells: computed.silentCells,
      behindPace,
      sheets: plans.map((p) => p.name),
    };
  },
});
