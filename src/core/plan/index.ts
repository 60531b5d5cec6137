/**
 * Plans: the set-up plan and every add-in-owned sheet as pure data, formulas included. Adapters apply
 * them (src/excel over Office.js, src/xlsx over exceljs).
 */
import { computeCustomers, DEFAULT_CUSTOMER_THRESHOLDS } from "../metrics/customers";
import { buildCustomersSheet } from "./customers";
import { buildEfficiencySheet } from "./efficiency";
import { buildFactsSheet } from "./facts";
import { buildPivotsSheet } from "./pivots";
import type { RollupInput } from "./rollupInput";
import { buildScorecardSheet } from "./scorecard";
import type { OwnedSheetPlan } from "./types";
import { buildWeeklySheet } from "./weekly";

export type * from "./types";
export type { RollupInput } from "./rollupInput";
export { buildSetupPlan, LIST_NAMES, LIST_SOURCE_LIMIT } from "./setup";
export { buildValidationSheet, VALIDATION_LINK_LIMIT } from "./validationSheet";
export { findingSalespeople, summarizeFindings } from "./validationSummary";
export { ownedSheetName, ownedSheetNames, OWNED_TAB_COLOR } from "./ownedSheet";
export { FACTS_TABLE, factsHeaders } from "./facts";
export { templateLocations } from "./templateLayout";
export {
  SCORECARD_FIGURES,
  type ScorecardFigure,
  type ScorecardFigureCell,
  scorecardFigureAddress,
  scorecardFigureCells,
} from "./scorecardLayout";
export { columnLetter, quoteSheet, rectSize } from "./a1";

/**
 * Every rollup sheet, in the order they are built and shown: scorecard, pivots, facts, efficiency,
 * weekly report, customers. The pivots sheet reads the facts table, so an adapter creates the facts sheet's
 * table before it adds the pivots (the plans say what, not in which order to apply).
 *
 * @example buildRollupPlans(input).map((p) => p.kind) // ["scorecard", "pivots", "facts", "efficiency", "weekly", "customers"]
 */
export function buildRollupPlans(input: RollupInput): OwnedSheetPlan[] {
  return [
    buildScorecardSheet(input),
    buildPivotsSheet(input),
    buildFactsSheet(input),
    buildEfficiencySheet(input),
    buildWeeklySheet(input),
    buildCustomersSheet({
      ...input,
      customers:
        input.customers ??
        computeCustomers({
          book: input.book,
          index: input.index,
          calendar: input.calendar,
          view: input.period,
          asOf: input.asOf,
        }),
      silentVisitDays: input.silentVisitDays ?? DEFAULT_CUSTOMER_THRESHOLDS.silentVisitDays,
    }),
  ];
}
