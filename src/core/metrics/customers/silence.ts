/** Silent customers (隐性沉默, SPEC §8.3 W10): how long since the last visit or order. */
import type { Day } from "../../periods/day";
import { keyDates, type CustomerHistory } from "./ledger";

/** Why a customer counts as silent: no visit or no order for `days` since `last` (Since when never). */
export interface Silence {
  readonly kind: "visit" | "order";
  /** Calendar days since `last`; null when there is no date to count from. */
  readonly days: number | null;
  readonly last: Day | null;
  /** `last` is the customer's Since: it was never visited (never ordered). */
  readonly fromSince: boolean;
}

/**
 * Why an Active customer is silent on `today` (SPEC §8.3 W10), or null: no visit for more than
 * `visitDays` or no order for more than `orderDays`; a customer never visited (never ordering)
 * counts from Since, and one with neither a visit nor a Since is silent from the start.
 */
export function silence(
  history: CustomerHistory,
  today: Day,
  visitDays: number,
  orderDays: number,
): Silence | null {
  const { lastVisit, lastOrder } = keyDates(history);
  return silenceOf(history.master?.since ?? null, lastVisit, lastOrder, today, visitDays, orderDays);
}

/** The same from a customer's Since, last visit and last order (its account). */
export function silenceOf(
  since: Day | null,
  lastVisit: Day | null,
  lastOrder: Day | null,
  today: Day,
  visitDays: number,
  orderDays: number,
): Silence | null {
  const fromVisit = lastVisit ?? since;
  if (fromVisit === null) return { kind: "visit", days: null, last: null, fromSince: true };
  if (today - fromVisit > visitDays)
    return { kind: "visit", days: today - fromVisit, last: fromVisit, fromSince: lastVisit === null };
  const fromOrder = lastOrder ?? since;
  if (fromOrder !== null && today - fromOrder > orderDays)
    return { kind: "order", days: today - fromOrder, last: fromOrder, fromSince: lastOrder === null };
  return null;
}
