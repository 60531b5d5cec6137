/** "Refresh rollups": Scorecard, PivotTables (over the facts table), Efficiency and Weekly report (SPEC §4). */
import { SalesPaceError } from "../errors";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../metrics";
import type { EfficiencyLine, Period, Scorecard, ScorecardLine, WeeklyReport } from "../metrics/types";
import { parsePeriod, periodOf } from "../periods";
import type { Day } from "../periods/day";
import { buildRollupPlans } from "../plan";
import type { Lang } from "../schema/types";
import { ensureSetUp, loadBook } from "./book";
import { defineAction, step } from "./types";

export interface RollupActionInput {
  /** Period text (`2026`, `2026-Q4`, `2026-11`, `2026-W48`); default: the month of as-of. */
  readonly period?: string;
  /** Default: today. */
  readonly asOf?: Day;
}

export interface RollupResult {
  readonly lang: Lang;
  readonly period: Period;
  readonly asOf: Day;
  readonly scorecard: Scorecard;
  readonly efficiency: readonly EfficiencyLine[];
  readonly weekly: WeeklyReport;
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

export const refreshRollups = defineAction<RollupActionInput, RollupResult>({
  id: "rollups",
  labelKey: "action.rollups",
  ensureCanRun: ensureSetUp,
  async run(ctx, input) {
    const asOf = input.asOf ?? ctx.today;
    const period = rollupPeriod(input.period, asOf);
    const inventory = await ctx.port.inspect();
    const loaded = await loadBook(ctx, inventory);
    const { book, index, calendar } = loaded;
    step(ctx, "compute", 0, 1);
    const scorecard = buildScorecard({ book, index, calendar, period, asOf });
    const by = period.kind === "week" || period.kind === "month" ? "week" : "month";
    const efficiency = buildEfficiency({
      book,
      index,
      calendar,
      from: period.start,
      to: Math.min(asOf, period.end),
      by,
    });
    const weekly = buildWeeklyReport({
      book,
      index,
      calendar,
      asOf,
      signOffOverdueDays: loaded.settings.signOffOverdueDays,
    });
    const plans = buildRollupPlans({
      lang: loaded.settings.lang,
      book,
      index,
      calendar,
      period,
      asOf,
      scorecard,
      efficiency,
      weekly,
    });
    step(ctx, "write", 0, plans.length);
    await ctx.port.replaceOwnedSheets(plans, ctx.onProgress);
    const behindPace = scorecard.lines
      .filter((line) => line.level === "salesperson" && (line.metrics.sales.pace ?? 0) < 0)
      .sort((a, b) => (a.metrics.sales.pace ?? 0) - (b.metrics.sales.pace ?? 0));
    step(ctx, "done", plans.length, plans.length);
    return {
      lang: loaded.settings.lang,
      period,
      asOf,
      scorecard,
      efficiency,
      weekly,
      behindPace,
      sheets: plans.map((p) => p.name),
    };
  },
});
