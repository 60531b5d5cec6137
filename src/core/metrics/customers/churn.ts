/**
 * Churn in the view (SPEC §8.4): the customers lost (Lost on in the view), their trailing-12-month
 * sales as of Lost on, the reasons with customers and lost sales (largest first: the Pareto to
 * improve from), the share interviewed and the customers won back in the view.
 */
import type { LostCustomerRow, LostReasonKey } from "../../model";
import type { Day } from "../../periods/day";
import { ratioOrNull } from "../figures";
import { salesUpTo, type CustomerAccounts } from "./accounts";
import type { ChurnFigures, LostReasonLine } from "./types";
import type { ChurnRate } from "./value";

/**
 * Churn figures for `from`…`to` (to ≤ the ledger's as-of), with the company's churn rate. A customer
 * lost twice in the view counts once, with its latest row; a row without a reason counts as Other.
 *
 * @example churnInView(accounts, rate, from, to).reasons[0] // { reason: "price", customers: 3, lostSales: 42,000, … }
 */
export function churnInView(accounts: CustomerAccounts, rate: ChurnRate, from: Day, to: Day): ChurnFigures {
  const reasons = new Map<LostReasonKey, { customers: number; lostSales: number; improvements: string[] }>();
  let lost = 0;
  let lostSales = 0;
  let interviewed = 0;
  let wonBack = 0;
  for (const history of accounts.values()) {
    let latest: LostCustomerRow | null = null;
    for (const loss of history.losses) {
      if (loss.wonBackOn !== null && loss.wonBackOn >= from && loss.wonBackOn <= to) wonBack++;
      if (loss.lostOn === null || loss.lostOn < from || loss.lostOn > to) continue;
      if (latest === null || loss.lostOn >= latest.lostOn!) latest = loss;
    }
    if (latest === null) continue;
    const lostOn = latest.lostOn!;
    const sales = salesUpTo(history, lostOn);
    lost++;
    lostSales += sales;
    if (latest.interviewedOn !== null && latest.interviewedOn <= to) interviewed++;
    const reason = latest.reason ?? "other";
    const line = reasons.get(reason) ?? { customers: 0, lostSales: 0, improvements: [] };
    line.customers++;
    line.lostSales += sales;
    if (latest.improvement !== null && !line.improvements.includes(latest.improvement))
      line.improvements.push(latest.improvement);
    reasons.set(reason, line);
  }
  const byReason: LostReasonLine[] = [...reasons].map(([reason, r]) => ({ reason, ...r }));
  byReason.sort((a, b) => b.lostSales - a.lostSales || b.customers - a.customers);
  return {
    rate: rate.rate,
    activeAtStart: rate.activeAtStart,
    lostInWindow: rate.lostInWindow,
    expectedLifetimeYears: rate.expectedLifetimeYears,
    lost,
    lostSales,
    reasons: byReason,
    interviewedShare: ratioOrNull(interviewed, lost),
    wonBack,
  };
}
