/**
 * ABC classes (SPEC §8.4): the Active customers ranked by trailing-12-month sales, highest first
 * (ties by name); A is the smallest group from the top whose sales reach 80 % of the total, B the
 * next ones until 95 %, C the rest (all C where the total is 0).
 */
import type { Day } from "../../periods/day";
import type { CustomerAccounts } from "./accounts";
import { isLostOn, totalsBetween, type CustomerLedger } from "./ledger";
import { TRAILING_DAYS, type CustomerClass, type CustomerThresholds } from "./thresholds";

/** A classed customer with its trailing-12-month sales and margin. */
export interface ClassedCustomer {
  readonly key: string;
  readonly name: string;
  readonly class: CustomerClass;
  readonly trailingSales: number;
  readonly trailingMargin: number;
}

/** A customer that can be classed: Active and not lost on the as-of date. */
interface Rankable {
  readonly key: string;
  readonly name: string;
  readonly sales: number;
  readonly margin: number;
}

/** The ABC rule itself over the rankable customers and their trailing-12-month sales. */
function rankClasses(
  ranked: Rankable[],
  thresholds: Pick<CustomerThresholds, "classA" | "classB">,
): ClassedCustomer[] {
  ranked.sort((a, b) => b.sales - a.sales || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const total = ranked.reduce((sum, r) => sum + Math.max(0, r.sales), 0);
  // A running total a rounding error short of 80 % has reached it, as a person would count.
  const slack = total * 1e-12;
  let before = 0;
  return ranked.map((r) => {
    const cls: CustomerClass =
      total <= 0
        ? "C"
        : before < thresholds.classA * total - slack
          ? "A"
          : before < thresholds.classB * total - slack
            ? "B"
            : "C";
    before += Math.max(0, r.sales);
    return { key: r.key, name: r.name, class: cls, trailingSales: r.sales, trailingMargin: r.margin };
  });
}

/**
 * Classes every Active customer of the ledger that is not lost as of `asOf`; Prospects, Churned and
 * lost customers get no class. Returns them ranked (A first).
 *
 * @example classifyCustomers(ledger, dayFromIso("2026-11-30")!, DEFAULT_CUSTOMER_THRESHOLDS)[0].class === "A"
 */
export function classifyCustomers(
  ledger: CustomerLedger,
  asOf: Day,
  thresholds: Pick<CustomerThresholds, "classA" | "classB">,
): ClassedCustomer[] {
  const from = asOf - TRAILING_DAYS + 1;
  const ranked: Rankable[] = [];
  for (const [key, history] of ledger) {
    if (history.master?.status !== "active" || isLostOn(history, asOf)) continue;
    const totals = totalsBetween(history, from, asOf);
    ranked.push({ key, name: history.name, sales: totals.sales, margin: totals.margin });
  }
  return rankClasses(ranked, thresholds);
}

/**
 * The same classes from customer accounts built as of `asOf` (their trailing sums are as of it).
 *
 * @example classifyAccounts(accounts, asOf, DEFAULT_CUSTOMER_THRESHOLDS).filter((c) => c.class === "A")
 */
export function classifyAccounts(
  accounts: CustomerAccounts,
  asOf: Day,
  thresholds: Pick<CustomerThresholds, "classA" | "classB">,
): ClassedCustomer[] {
  const ranked: Rankable[] = [];
  for (const [key, a] of accounts) {
    if (a.master?.status !== "active" || isLostOn(a, asOf)) continue;
    ranked.push({ key, name: a.name, sales: a.trailingSales, margin: a.trailingMargin });
  }
  return rankClasses(ranked, thresholds);
}
