/**
 * Target resolution (SPEC §1.2, §3). Only targets with Dealer and Product blank take part in a
 * scorecard line; a target with a salesperson belongs to that person, one without to its region.
 *
 * The rule, for a line's key (salesperson or region, metric) and a view period V:
 * 1. Kinds are tried in this order: V's own kind, then the coarser kinds finest first (a month view
 *    tries month, quarter, year), then the finer kinds coarsest first (… then week).
 * 2. The first kind whose targets together cover every day of V is used: each of its targets that
 *    overlaps V contributes its value prorated by working days to the overlap (a target entirely
 *    inside V contributes all of it). So a week view of a monthly target prorates it, a week that
 *    straddles two months takes a share of each, a quarter with only monthly targets sums them, and
 *    a year view with both a yearly and monthly targets uses the yearly one.
 * 3. When no kind covers V (targets only for some months), the first kind in that order with any
 *    overlapping target is used the same way — the target that is known, not nothing.
 * 4. No overlapping target at all → null (blank, no achievement).
 * Two rows for the same period and key (an E04 duplicate) are both counted, as SUMIFS would.
 */
import type { MetricKey, SalesBook } from "../model";
import type { WorkCalendar } from "../periods/calendar";
import { prorate } from "../periods/calendar";
import { PERIOD_KINDS_FINEST_FIRST, parsePeriod, periodsOverlap } from "../periods/period";
import type { Period, PeriodKind } from "./types";
import type { NameResolver } from "./resolve";

interface TargetEntry {
  readonly period: Period;
  readonly value: number;
}

export interface TargetBook {
  /** The salesperson's own target for the period, or null. */
  salesperson(name: string, metric: MetricKey, period: Period): number | null;
  /** The region-level target (Salesperson blank) for the period, or null. */
  region(name: string, metric: MetricKey, period: Period): number | null;
}

/** Kinds in the order rule 1 tries them for a view of `kind`. */
export function kindsToTry(kind: PeriodKind): PeriodKind[] {
  const at = PERIOD_KINDS_FINEST_FIRST.indexOf(kind);
  return [...PERIOD_KINDS_FINEST_FIRST.slice(at), ...PERIOD_KINDS_FINEST_FIRST.slice(0, at).reverse()];
}

function covers(entries: readonly TargetEntry[], view: Period): boolean {
  const sorted = [...entries].sort((a, b) => a.period.start - b.period.start);
  let next = view.start;
  for (const { period } of sorted) {
    if (period.start > next) return false;
    next = Math.max(next, period.end + 1);
    if (next > view.end) return true;
  }
  return next > view.end;
}

function resolve(
  entries: readonly TargetEntry[] | undefined,
  view: Period,
  calendar: WorkCalendar,
): number | null {
  if (entries === undefined) return null;
  const overlapping = entries.filter((entry) => periodsOverlap(entry.period, view));
  if (overlapping.length === 0) return null;
  const order = kindsToTry(view.kind);
  const byKind = order.map((kind) => overlapping.filter((entry) => entry.period.kind === kind));
  const chosen =
    byKind.find((group) => group.length > 0 && covers(group, view)) ??
    byKind.find((group) => group.length > 0)!;
  let sum = 0;
  for (const { period, value } of chosen) sum += prorate(calendar, value, period, view.start, view.end);
  return sum;
}

/**
 * Indexes the Targets table for resolution by the rule above. Rows with an unreadable period, metric
 * or value, a Dealer or a Product, or a salesperson/region not in the lists are left out.
 *
 * @example indexTargets(book, resolver, calendar).salesperson("王伟", "sales", parsePeriod("2026-11")!)
 */
export function indexTargets(book: SalesBook, resolver: NameResolver, calendar: WorkCalendar): TargetBook {
  const people = new Map<string, TargetEntry[]>();
  const regions = new Map<string, TargetEntry[]>();
  const periods = new Map<string, Period | null>();
  for (const row of book.targets) {
    if (row.period === null || row.metric === null || row.target === null) continue;
    if (row.dealer !== null || row.product !== null) continue;
    let period = periods.get(row.period);
    if (period === undefined) {
      period = parsePeriod(row.period);
      periods.set(row.period, period);
    }
    if (period === null) continue;
    const entry = { period, value: row.target };
    const owner =
      row.salesperson !== null ? resolver.salesperson(row.salesperson) : resolver.region(row.region);
    if (owner === null) continue;
    const map = row.salesperson !== null ? people : regions;
    const key = `${owner}\u0000${row.metric}`;
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else list.push(entry);
  }
  return {
    salesperson: (name, metric, view) => resolve(people.get(`${name}\u0000${metric}`), view, calendar),
    region: (name, metric, view) => resolve(regions.get(`${name}\u0000${metric}`), view, calendar),
  };
}
