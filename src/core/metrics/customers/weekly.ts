/**
 * The Weekly report's customer lines (SPEC §8.5): per region, the customers won and lost last week,
 * the silent A customers and the lost customers not yet interviewed (as W11 counts them).
 */
import type { SalesBook } from "../../model";
import type { Day } from "../../periods/day";
import type { NameResolver } from "../resolve";
import { classifyCustomers } from "./classes";
import { buildLedger, isLostOn, keyDates, type CustomerHistory } from "./ledger";
import { silence } from "./silence";
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
  const ledger = buildLedger(book, resolver, asOf);
  const regionOf = (history: CustomerHistory): string | null => {
    const master = history.master;
    const typed = master?.region ?? null;
    const own = typed === null ? null : (resolver.region(typed) ?? typed);
    if (own !== null) return own;
    const owner = resolver.salesperson(master?.owner ?? null);
    return owner === null ? null : resolver.regionOf(owner);
  };
  const byRegion = new Map<string, ReturnType<typeof emptyWeekly>>();
  const into = (history: CustomerHistory) => {
    const region = regionOf(history) ?? "";
    let lines = byRegion.get(region);
    if (lines === undefined) byRegion.set(region, (lines = emptyWeekly()));
    return lines;
  };
  const inWeek = (day: Day | null) => day !== null && day >= lastWeek.start && day <= lastWeek.end;
  const classA = new Set(
    classifyCustomers(ledger, asOf, thresholds)
      .filter((c) => c.class === "A")
      .map((c) => c.key),
  );
  for (const [key, history] of ledger) {
    if (history.master !== null && inWeek(keyDates(history).firstOrder)) into(history).won.push(history.name);
    if (history.losses.some((l) => inWeek(l.lostOn))) into(history).lost.push(history.name);
    if (classA.has(key) && silence(history, asOf, thresholds.silentVisitDays, thresholds.silentOrderDays))
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
