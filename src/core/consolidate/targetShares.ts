/**
 * The one place the company rollup and the Parquet export ask for targets spread over working days
 * (SPEC §1.2's facts rule): the single target-resolution module's `dailyTargetFacts` (src/core/targets).
 */
import type { MasterIndex } from "../lists/types";
import { createResolver } from "../metrics/resolve";
import type { MetricKey, SalesBook } from "../model";
import type { WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import { dailyTargetFacts } from "../targets/facts";

/** Receives one target's share of one working day ("" salesperson: the region's own target). */
export type OnShare = (
  day: Day,
  region: string,
  salesperson: string,
  product: string,
  metric: MetricKey,
  value: number,
) => void;

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
  const productOf = (text: string): string => index.canonical("products", text) ?? text;
  dailyTargetFacts(book, createResolver(book, index), productOf, calendar, from, to, (s) =>
    onShare(s.day, s.region, s.salesperson, s.product, s.metric, s.value),
  );
}
