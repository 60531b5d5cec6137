/** Metrics (SPEC §3) and the models behind the rollups (SPEC §4). */
export type * from "./types";
export { type ActualTotals, type ActualsInput, computeActuals, zeroActuals } from "./actuals";
export { type NameResolver, createResolver, marginOf } from "./resolve";
export { AMBER_PACE, type TimeSpan, lightOf, metricFigures, ratioOrNull, sumTargets } from "./figures";
export { type ScorecardInput, buildScorecard, timeSpanOf } from "./scorecard";
export { type EfficiencyInput, buildEfficiency } from "./efficiency";
export { type VisitTally, tallyVisits } from "./visits";
export { type WeeklyReportInput, buildWeeklyReport, isSignOffOverdue } from "./weekly";
export {
  type RosterEntry,
  type SplitChild,
  type SplitParent,
  type SplitRequest,
  apportion,
  rosterOf,
  splitTarget,
} from "./split";
export { type CustomersInput, type CustomersModel, computeCustomers } from "./customers";
