/** Adding up one salesperson's figures from several books (actuals, efficiency counts). */
import type { ActualTotals } from "../metrics/actuals";
import { addActuals } from "../metrics/scorecard";
import { addFields } from "../metrics/fieldSums";
import type { EfficiencyLine } from "../metrics/types";
import type { VisitTally } from "../metrics/visits";

/** `more` added to `into` (absent: zero). A customer is one book's, so distinct new outlets add up. */
export function addTotals(into: ActualTotals | undefined, more: ActualTotals): ActualTotals {
  return into === undefined ? { ...more } : addActuals(into, more);
}

/** The counts behind an efficiency line, which add up across books where the ratios do not. */
export type EfficiencyCounts = Readonly<VisitTally>;

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
  return into === undefined ? more : addFields(into, more);
}
