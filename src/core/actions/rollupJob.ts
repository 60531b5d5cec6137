/** The pure part of "Refresh rollups": raw tables in, rollup models and sheet plans out. */
import { buildEfficiency, buildScorecard, buildWeeklyReport, computeCustomers } from "../metrics";
import type { CustomersModel } from "../metrics/customers";
import { type CustomerThresholds, customerThresholdsOf } from "../metrics/customers/thresholds";
import type { EfficiencyLine, Period, Scorecard, ScorecardLine, WeeklyReport } from "../metrics/types";
import type { Day } from "../periods/day";
import { buildRollupPlans } from "../plan";
import type { OwnedSheetPlan } from "../plan/types";
import { type CellTarget, cellOf } from "../read/locations";
import type { RawTable } from "../read/raw";
import type { Lang } from "../schema/types";
import type { WorkbookSettings } from "../settings";
import { type LoadedBook, bookOf } from "./book";

export interface RollupModels {
  readonly scorecard: Scorecard;
  readonly efficiency: EfficiencyLine[];
  readonly weekly: WeeklyReport;
  readonly customers: CustomersModel;
  readonly customerThresholds: CustomerThresholds;
  /** Scorecard, pivots, facts, efficiency, weekly report and customers sheets, in that order. */
  readonly plans: OwnedSheetPlan[];
}

/**
 * Every rollup model and sheet plan for a period and as-of date: the pure part of "Refresh rollups".
 * Efficiency is by week for a week or month view and by month for a quarter or year.
 *
 * @example computeRollups(loaded, parsePeriod("2026-11")!, dayFromIso("2026-11-20")!).scorecard.lines
 */
export function computeRollups(
  loaded: Pick<LoadedBook, "book" | "headers" | "index" | "calendar" | "settings" | "locations">,
  period: Period,
  asOf: Day,
): RollupModels {
  const { book, headers, index, calendar, settings, locations } = loaded;
  const scorecard = buildScorecard({ book, index, calendar, period, asOf });
  const by = period.kind === "week" || period.kind === "month" ? "week" : "month";
  const to = Math.min(asOf, period.end);
  const efficiency = buildEfficiency({ book, index, calendar, from: period.start, to, by });
  const thresholds = customerThresholdsOf(settings);
  const weekly = buildWeeklyReport({
    book,
    index,
    calendar,
    asOf,
    signOffOverdueDays: settings.signOffOverdueDays,
    customerThresholds: thresholds,
  });
  const customers = computeCustomers({ book, index, calendar, view: period, asOf, thresholds });
  const plans = buildRollupPlans({
    lang: settings.lang,
    book,
    headers,
    index,
    calendar,
    period,
    asOf,
    scorecard,
    efficiency,
    weekly,
    locations,
    customers,
    silentVisitDays: thresholds.silentVisitDays,
  });
  return { scorecard, efficiency, weekly, customers, customerThresholds: thresholds, plans };
}

export interface RollupJob {
  readonly raws: readonly RawTable[];
  readonly settings: WorkbookSettings;
  readonly period: Period;
  /** Lies in the period (checked by the action before the tables are read). */
  readonly asOf: Day;
}

export interface RollupComputed extends RollupModels {
  readonly lang: Lang;
  /** Salesperson lines behind time progress on Sales (negative pace), most behind first. */
  readonly behindPace: ScorecardLine[];
  /** Where each silent customer's name is, in the order of `customers.silent`. */
  readonly silentCells: (CellTarget | null)[];
}

/**
 * Cleans every template table and computes every rollup model and sheet plan (`computeRollups`).
 *
 * @throws SalesPaceError ColumnMissing (from reading).
 * @example computeRollupJob({ raws, settings, period: parsePeriod("2026-11")!, asOf }).plans.length
 */
export function computeRollupJob(job: RollupJob): RollupComputed {
  const loaded = bookOf(job.raws, job.settings);
  const models = computeRollups(loaded, job.period, job.asOf);
  const behindPace = models.scorecard.lines
    .filter((line) => line.level === "salesperson" && (line.metrics.sales.pace ?? 0) < 0)
    .sort((a, b) => (a.metrics.sales.pace ?? 0) - (b.metrics.sales.pace ?? 0));
  const silentCells = models.customers.silent.map((c) =>
    cellOf(loaded.locations, "Customers", c.row, "name"),
  );
  return { ...models, lang: loaded.settings.lang, behindPace, silentCells };
}
