/**
 * Target resolution (SPEC §1.2) in one place: the rule over one key's targets, the Targets table
 * indexed by key, and the daily shares of the facts rule.
 */
export {
  type DaySpan,
  type ResolvedTarget,
  type TargetEntry,
  type TargetTerm,
  dailyTargetShares,
  resolveTarget,
} from "./resolution";
export { type HolderKind, type TargetIndex, PeriodCache, indexTargets, targetEntry } from "./book";
export { type DailyTargetShare, dailyTargetFacts } from "./facts";
