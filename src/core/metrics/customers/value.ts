/**
 * Churn rate, expected lifetime and lifetime value (终生客户价值, SPEC §8.4).
 */
import type { Day } from "../../periods/day";
import { ratioOrNull } from "../figures";
import type { ClassedCustomer } from "./classes";
import type { CustomerAccounts } from "./accounts";
import { isLostOn } from "./ledger";
import { MAX_LIFETIME_YEARS, SHORT_HISTORY_DAYS, TRAILING_DAYS } from "./thresholds";

export interface ChurnRate {
  readonly rate: number | null;
  readonly activeAtStart: number;
  readonly lostInWindow: number;
  readonly expectedLifetimeYears: number;
}

/**
 * The company's churn rate over the trailing 12 months: customers lost with Lost on in the window
 * (and still lost on the as-of date) ÷ customers active at its start (not Prospect, Since before
 * the window's first day, not lost before it). Expected lifetime = 1 ÷ rate in years, at most 10;
 * 10 where nobody was lost.
 *
 * @example churnRate(accounts, asOf) // { rate: 0.1, activeAtStart: 40, lostInWindow: 4, expectedLifetimeYears: 10 }
 */
export function churnRate(accounts: CustomerAccounts, asOf: Day): ChurnRate {
  const first = asOf - TRAILING_DAYS + 1;
  let activeAtStart = 0;
  let lostInWindow = 0;
  for (const history of accounts.values()) {
    const master = history.master;
    if (master !== null && master.status !== "prospect" && (master.since === null || master.since < first))
      if (!isLostOn(history, first - 1)) activeAtStart++;
    const lostHere = history.losses.some((l) => l.lostOn !== null && l.lostOn >= first && l.lostOn <= asOf);
    if (lostHere && isLostOn(history, asOf)) lostInWindow++;
  }
  const rate = ratioOrNull(lostInWindow, activeAtStart);
  const expectedLifetimeYears =
    rate === null || rate === 0 ? MAX_LIFETIME_YEARS : Math.min(MAX_LIFETIME_YEARS, 1 / rate);
  return { rate, activeAtStart, lostInWindow, expectedLifetimeYears };
}

/**
 * Lifetime value of each classed customer: its trailing-12-month gross margin × the expected lifetime
 * (= average order value × orders per year × margin rate × lifetime). A customer with under 90 days
 * of history (from Since) takes the mean of its class's customers with at least 90 days; none → null.
 *
 * @example lifetimeValues(classed, accounts, asOf, 5).get("华联超市") // 12,000 trailing margin × 5 = 60,000
 */
export function lifetimeValues(
  classed: readonly ClassedCustomer[],
  accounts: CustomerAccounts,
  asOf: Day,
  lifetimeYears: number,
): Map<string, number | null> {
  const values = new Map<string, number | null>();
  const sums = { A: 0, B: 0, C: 0 };
  const counts = { A: 0, B: 0, C: 0 };
  const short: ClassedCustomer[] = [];
  for (const c of classed) {
    const since = accounts.get(c.key)?.master?.since ?? null;
    if (since !== null && asOf - since < SHORT_HISTORY_DAYS) {
      short.push(c);
      continue;
    }
    const value = c.trailingMargin * lifetimeYears;
    values.set(c.key, value);
    sums[c.class] += value;
    counts[c.class]++;
  }
  for (const c of short) values.set(c.key, counts[c.class] > 0 ? sums[c.class] / counts[c.class] : null);
  return values;
}
