/** Adding up one salesperson's figures from several books (actuals, efficiency counts). */
import type { ActualTotals } from "../metrics/actuals";
import { ratioOrNull as ratio } from "../metrics/figures";
import type { EfficiencyLine } from "../metrics/types";

/** `more` added to `into` (absent: zero). */
export function addTotals(into: ActualTotals | undefined, more: ActualTotals): ActualTotals {
  if (into === undefined) return { ...more };
  return {
    sales: into.sales + more.sales,
    grossMargin: into.grossMargin + more.grossMargin,
    collections: into.collections + more.collections,
    // A customer is one book's (books split by region or year), so distinct counts add up.
    newOutlets: into.newOutlets + more.newOutlets,
    visits: into.visits + more.visits,
    expense: into.expense + more.expense,
    visitsWithOrder: into.visitsWithOrder + more.visitsWithOrder,
  };
}

/** The counts behind an efficiency line, which add up across books where the ratios do not. */
export interface EfficiencyCounts {
  readonly visits: number;
  readonly visitsWithOrder: number;
  readonly unplannedVisits: number;
  readonly sales: number;
  readonly expense: number;
  readonly plannedVisits: number;
  readonly plannedVisitsDone: number;
}

/** Counts of a line: the shares are of whole visits, so share × visits gives the count back exactly. */
function countsOf(line: EfficiencyLine): EfficiencyCounts {
  return {
    visits: line.visits,
    visitsWithOrder: Math.round((line.strikeRate ?? 0) * line.visits),
    unplannedVisits: Math.round((line.unplannedShare ?? 0) * line.visits),
    sales: line.sales,
    expense: line.expense,
    plannedVisits: line.plannedVisits,
    plannedVisitsDone: line.plannedVisitsDone,
  };
}

/** `line`'s counts added to `into` (absent: zero). */
export function addEfficiency(into: EfficiencyCounts | undefined, line: EfficiencyLine): EfficiencyCounts {
  return mergeEfficiency(into, countsOf(line));
}

/** Two sets of counts added up. */
export function mergeEfficiency(
  into: EfficiencyCounts | undefined,
  more: EfficiencyCounts,
): EfficiencyCounts {
  if (into === undefined) return more;
  return {
    visits: into.visits + more.visits,
    visitsWithOrder: into.visitsWithOrder + more.visitsWithOrder,
    unplannedVisits: into.unplannedVisits + more.unplannedVisits,
    sales: into.sales + more.sales,
    expense: into.expense + more.expense,
    plannedVisits: into.plannedVisits + more.plannedVisits,
    plannedVisitsDone: into.plannedVisitsDone + more.plannedVisitsDone,
  };
}

/** The efficiency line (SPEC §3) of summed counts. */
export function efficiencyLineOf(
  salesperson: string,
  region: string | null,
  period: string,
  t: EfficiencyCounts,
): EfficiencyLine {
  return {
    salesperson,
    region,
    period,
    visits: t.visits,
    sales: t.sales,
    expense: t.expense,
    salesPerVisit: ratio(t.sales, t.visits),
    expensePerVisit: ratio(t.expense, t.visits),
    expenseRatio: ratio(t.expense, t.sales),
    plannedVisits: t.plannedVisits,
    plannedVisitsDone: t.plannedVisitsDone,
    planAdherence: ratio(t.plannedVisitsDone, t.plannedVisits),
    unplannedShare: ratio(t.unplannedVisits, t.visits),
    strikeRate: ratio(t.visitsWithOrder, t.visits),
  };
}
