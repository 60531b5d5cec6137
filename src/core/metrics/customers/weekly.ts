/**
 * The Weekly report's customer lines (SPEC §8.5): per region, the customers won and lost last week,
 * the silent A customers and the lost customers not yet interviewed (as W11 counts them).
 */
import type { SalesBook } from "../../model";
import type { Day } from "../../periods/day";
import type { NameResolver } from "../resolve";
import { customerAccounts, type CustomerAccount, type CustomerAccounts } from "./accounts";
import { classifyAccounts } from "./classes";
import { buildLedger, isLostOn } from "./ledger";
import { silenceOf } from "./silence";
import type { CustomerThresholds } from "./thresholds";

/** Customer names per line of one region's weekly block. */
export interface WeeklyCustomers {
  readonly won: readonly string[];
  readonly lost: readonly string[];
  readonly silentA: readonly string[];
  readonly notInterviewed: readonly string[];
}

const emptyWeekly = (): { won: string[]; lost: string[]; silentA: string[]; notInterviewed: string[] } => ({
  won: [],
  lost: [],
  silentA: [],
  notInterviewed: [],
});

/**
 * The customer lines of every region with any, by region name.
 *
 * @example weeklyCustomers(book, resolver, lastWeek, asOf, thresholds).get("华东")?.silentA // ["华联超市"]
 */
export function weeklyCustomers(
  book: SalesBook,
  resolver: NameResolver,
  lastWeek: { readonly start: Day; readonly end: Day },
  asOf: Day,
  thresholds: CustomerThresholds,
): Map<string, WeeklyCustomers> {
  const accounts = customerAccounts(buildLedger(book, resolver, asOf), lastWeek, asOf);
  return weeklyCustomerLines(accounts, resolver, lastWeek, asOf, thresholds);
}

/**
 * The same lines from customer accounts built as of `asOf` (for any view: none of the lines needs it).
 *
 * @example weeklyCustomerLines(accounts, resolver, lastWeek, asOf, thresholds).get("")?.lost // customers with no region
 */
export function weeklyCustomerLines(
  accounts: CustomerAccounts,
  resolver: NameResolver,
  lastWeek: { readonly start: Day; readonly end: Day },
  asOf: Day,
  thresholds: CustomerThresholds,
): Map<string, WeeklyCustomers> {
  const regionOf = (history: CustomerAccount): string | null => {
    const master = history.master;
    const typed = master?.region ?? null;
    const own = typed === null ? null : (resolver.region(typed) ?? typed);
    if (own !== null) return own;
    const owner = resolver.salesperson(master?.owner ?? null);
    return owner === null ? null : resolver.regionOf(owner);
  };
  const byRegion = new Map<string, ReturnType<typeof emptyWeekly>>();
  const into = (history: CustomerAccount) => {
    const region = regionOf(history) ?? "";
    let lines = byRegion.get(region);
    if (lines === undefined) byRegion.set(region, (lines = emptyWeekly()));
    return lines;
  };
  const inWeek = (day: Day | null) => day !== null && day >= lastWeek.start && day <= lastWeek.end;
  const classA = new Set(
    classifyAccounts(accounts, asOf, thresholds)
      .filter((c) => c.class === "A")
      .map((c) => c.key),
  );
  const { silentVisitDays, silentOrderDays } = thresholds;
  for (const [key, history] of accounts) {
    if (history.master !== null && inWeek(history.firstOrder)) into(history).won.push(history.name);
    if (history.losses.some((l) => inWeek(l.lostOn))) into(history).lost.push(history.name);
    const since = history.master?.since ?? null;
    if (
      classA.has(key) &&
      silenceOf(since, history.lastVisit, history.lastOrder, asOf, silentVisitDays, silentOrderDays)
    )
      into(history).silentA.push(history.name);
    const waiting = history.losses.some(
      (l) =>
        l.lostOn !== null &&
        l.interviewedOn === null &&
        !(l.wonBackOn !== null && l.wonBackOn <= asOf) &&
        asOf - l.lostOn > thresholds.interviewDays,
    );
    if (waiting && isLostOn(history, asOf)) into(history).notInterviewed.push(history.name);
  }
  return byRegion;
}
