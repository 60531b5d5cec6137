/**
 * The one place the company rollup and the Parquet export ask for targets spread over working days
 * (SPEC §1.2's facts rule). Today it is the facts sheet's resolution (plan/factTargets.ts); when the
 * single target-resolution module lands, this function is the one line to switch.
 */
import type { MasterIndex } from "../lists/types";
import { createResolver } from "../metrics/resolve";
import type { SalesBook } from "../model";
import type { WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import { dailyTargetShares, type OnShare } from "../plan/factTargets";

/**
 * Calls `onShare` with each target's share of each working day in `from`…`to` ("" salesperson: a
 * region's own target, left out where its salespeople have targets for that metric).
 *
 * @example targetSharesPerDay(book, index, calendar, from, to, (day, region, person, product, metric, value) => …)
 */
export function targetSharesPerDay(
  book: SalesBook,
  index: MasterIndex,
  calendar: WorkCalendar,
  from: Day,
  to: Day,
  onShare: OnShare,
): void {
  dailyTargetShares(book, index, calendar, createResolver(book, index), from, to, onShare);
}
