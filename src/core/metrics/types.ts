/**
 * The models metrics computes and plans turn into sheets. Undefined figures are `null`, never NaN or
 * Infinity (SPEC §3: "blank where there is no target").
 */
import type { Day } from "../periods/day";
import type { MetricKey } from "../model";
import type { Period } from "../periods/period";
import type { WeeklyCustomers } from "./customers/weekly";

export type { Period, PeriodKind } from "../periods/period";

export type TrafficLight = "green" | "amber" | "red";

/** One metric's figures on one scorecard line. */
export interface MetricFigures {
  readonly target: number | null;
  readonly actual: number;
  /** actual / target. */
  readonly achievement: number | null;
  /** Working days elapsed up to and including as-of / working days in the period. */
  readonly timeProgress: number | null;
  /** achievement − timeProgress (negative = behind). */
  readonly pace: number | null;
  /** actual / timeProgress. */
  readonly forecast: number | null;
  /** forecast / target. */
  readonly forecastAchievement: number | null;
  /** (target − actual) / working days left after as-of; null when none are left or no target. */
  readonly requiredDailyRate: number | null;
  /** Actual has reached a target (SPEC §3: the line is marked *reached*; its required daily rate is 0). */
  readonly reached: boolean;
  /** green: pace ≥ 0; amber: −10 points ≤ pace < 0; red: below that; null without a target. */
  readonly light: TrafficLight | null;
  /** Present (true) when no target covers some working days of the period (SPEC §1.2 *partial target*). */
  readonly partialTarget?: true;
}

export interface ScorecardLine {
  readonly level: "salesperson" | "region" | "company";
  /** null on the company line. */
  readonly region: string | null;
  /** null on region and company lines. */
  readonly salesperson: string | null;
  readonly metrics: Readonly<Record<MetricKey, MetricFigures>>;
}

export interface Scorecard {
  readonly period: Period;
  readonly asOf: Day;
  readonly workingDays: number;
  readonly workingDaysElapsed: number;
  /** Region → its salespeople → region subtotal, …, then the company total (display order). */
  readonly lines: readonly ScorecardLine[];
}

export interface EfficiencyLine {
  readonly salesperson: string;
  readonly region: string | null;
  /** Week (`2026-W48`) or month (`2026-11`) the figures are for. */
  readonly period: string;
  readonly visits: number;
  readonly sales: number;
  readonly expense: number;
  readonly salesPerVisit: number | null;
  readonly expensePerVisit: number | null;
  /** expense / sales. */
  readonly expenseRatio: number | null;
  readonly plannedVisits: number;
  readonly plannedVisitsDone: number;
  /** plannedVisitsDone / plannedVisits. */
  readonly planAdherence: number | null;
  /** unplanned visits / visits. */
  readonly unplannedShare: number | null;
  /** visits with an order / visits. */
  readonly strikeRate: number | null;
}

/** One open item listed in the weekly report. Text fields came from people (written as text). */
export interface OpenItem {
  readonly table: "MarketReport" | "Complaints";
  readonly row: number;
  readonly date: Day | null;
  readonly customer: string | null;
  readonly description: string | null;
  readonly severity: string | null;
  readonly status: string | null;
}

export interface WeeklyRegionReport {
  readonly region: string;
  /** Per metric: last week (Mon–Sun before the report's Monday) and month to date. */
  readonly lastWeek: Readonly<Record<MetricKey, MetricFigures>>;
  readonly monthToDate: Readonly<Record<MetricKey, MetricFigures>>;
  readonly visits: number;
  readonly planAdherence: number | null;
  readonly openSevereMarketItems: readonly OpenItem[];
  readonly openComplaints: readonly OpenItem[];
  /** Rows (plan or report) whose sign-off is overdue. */
  readonly overdueSignOffs: number;
  /**
   * Customers won and lost last week, silent A customers, lost customers not interviewed (SPEC §8.5),
   * in a company workbook's report too (over every book's customers); absent only where a caller
   * builds a report without them.
   */
  readonly customers?: WeeklyCustomers;
}

export interface WeeklyReport {
  /** The Monday the report is for (on or before as-of). */
  readonly monday: Day;
  readonly lastWeek: Period;
  readonly month: Period;
  readonly regions: readonly WeeklyRegionReport[];
}
