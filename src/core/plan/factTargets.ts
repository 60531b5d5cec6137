/**
 * Targets spread over days for the facts table: each working day takes its share of the finest target
 * period that covers it (SPEC §1.2), so any month/week filter in a PivotTable shows a prorated target.
 */
import type { MasterIndex } from "../lists/types";
import type { NameResolver } from "../metrics/resolve";
import type { MetricKey, SalesBook, TargetRow } from "../model";
import type { Period } from "../metrics/types";
import { PERIOD_KINDS_FINEST_FIRST, countWorkingDays, isWorkingDay, type WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import { PeriodCache } from "./targetSource";

export interface DailyTargetShare {
  readonly day: Day;
  readonly region: string;
  readonly salesperson: string;
  readonly product: string;
  readonly metric: MetricKey;
  readonly value: number;
}

interface Holder {
  readonly region: string;
  readonly salesperson: string;
}

/**
 * Each target's share per working day in [from, to]. Double counting is avoided the way the scorecard
 * resolves targets: a region's own target is left out where its salespeople have targets for that
 * metric; a holder's all-products (and no-dealer) rows stand for the whole where they exist.
 */
export function dailyTargetShares(
  book: SalesBook,
  index: MasterIndex,
  calendar: WorkCalendar,
  resolver: NameResolver,
  from: Day,
  to: Day,
): DailyTargetShare[] {
  const periods = new PeriodCache();
  const groups = new Map<string, { holder: Holder; metric: MetricKey; rows: TargetRow[] }>();
  const regionsWithPeople = new Set<string>();
  for (const t of book.targets) {
    if (t.metric === null || t.target === null || t.period === null || periods.get(t.period) === null)
      continue;
    const person = resolver.salesperson(t.salesperson);
    if (t.salesperson !== null && person === null) continue;
    const region = person ? (resolver.regionOf(person) ?? "") : resolver.region(t.region);
    if (region === null) continue;
    if (person) regionsWithPeople.add(`${region}|${t.metric}`);
    const key = `${person ?? ""}|${person ? "" : region}|${t.metric}`;
    const group = groups.get(key) ?? {
      holder: { region, salesperson: person ?? "" },
      metric: t.metric,
      rows: [],
    };
    group.rows.push(t);
    groups.set(key, group);
  }
  const shares: DailyTargetShare[] = [];
  for (const { holder, metric, rows } of groups.values()) {
    if (holder.salesperson === "" && regionsWithPeople.has(`${holder.region}|${metric}`)) continue;
    let chosen = rows;
    if (chosen.some((r) => r.product === null)) chosen = chosen.filter((r) => r.product === null);
    if (chosen.some((r) => r.dealer === null)) chosen = chosen.filter((r) => r.dealer === null);
    const byProduct = new Map<string, TargetRow[]>();
    for (const r of chosen) {
      const product = r.product === null ? "" : (index.canonical("products", r.product) ?? r.product);
      byProduct.set(product, [...(byProduct.get(product) ?? []), r]);
    }
    for (const [product, productRows] of byProduct) {
      for (const { day, value } of spreadFinestFirst(productRows, periods, calendar, from, to)) {
        shares.push({ day, ...holder, product, metric, value });
      }
    }
  }
  return shares;
}

/** Days of [from, to] each claimed by the finest period that covers them, with that period's daily rate. */
function spreadFinestFirst(
  rows: readonly TargetRow[],
  periods: PeriodCache,
  calendar: WorkCalendar,
  from: Day,
  to: Day,
): { day: Day; value: number }[] {
  const dated = rows
    .map((row) => ({ row, period: periods.get(row.period as string) as Period }))
    .sort(
      (a, b) =>
        PERIOD_KINDS_FINEST_FIRST.indexOf(a.period.kind) - PERIOD_KINDS_FINEST_FIRST.indexOf(b.period.kind),
    );
  const claimedBy = new Map<Day, string>();
  const result = new Map<Day, number>();
  for (const { row, period } of dated) {
    const workingDays = countWorkingDays(calendar, period.start, period.end);
    if (workingDays === 0) continue;
    const perDay = (row.target as number) / workingDays;
    for (let day = Math.max(from, period.start); day <= Math.min(to, period.end); day++) {
      if (!isWorkingDay(calendar, day)) continue;
      const owner = claimedBy.get(day);
      // A finer period already took this day; rows of the same period (several dealers) add up.
      if (owner !== undefined && owner !== period.text) continue;
      claimedBy.set(day, period.text);
      result.set(day, (result.get(day) ?? 0) + perDay);
    }
  }
  return [...result].map(([day, value]) => ({ day, value }));
}
