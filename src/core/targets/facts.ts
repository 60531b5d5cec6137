/**
 * Targets spread over days (SPEC §1.2's facts rule), for the Facts table behind the PivotTables and for
 * consolidation's Parquet export: each working day takes the share of the finest target covering it.
 */
import type { NameResolver } from "../metrics/resolve";
import type { MetricKey, SalesBook } from "../model";
import type { WorkCalendar } from "../periods/calendar";
import type { Day } from "../periods/day";
import { PeriodCache, targetEntry } from "./book";
import { type TargetEntry, dailyTargetShares } from "./resolution";

/** One day's share of one key's target. */
export interface DailyTargetShare {
  readonly day: Day;
  /** The holder's region: a salesperson's region from the Salespeople list ("" when unknown). */
  readonly region: string;
  /** "" for a region's own target (Salesperson blank). */
  readonly salesperson: string;
  /** Canonical product name; "" for an all-products target. */
  readonly product: string;
  readonly metric: MetricKey;
  readonly value: number;
}

interface Group {
  readonly region: string;
  readonly salesperson: string;
  readonly metric: MetricKey;
  readonly entries: TargetEntry<{ dealer: string | null; product: string | null }>[];
}

/**
 * Hands each target's share of each working day in [from, to] to `onShare`, in no particular order.
 * Nothing is counted twice: a region's own target is left out where its salespeople have targets for
 * that metric (the region line of the Scorecard is then their sum); a holder's no-dealer rows stand for
 * its dealer rows, and its all-products rows for its product rows, where they exist.
 *
 * @example dailyTargetFacts(book, resolver, calendar, year.start, year.end, (s) => rows.push(s))
 */
export function dailyTargetFacts(
  book: SalesBook,
  resolver: NameResolver,
  productName: (text: string) => string,
  calendar: WorkCalendar,
  from: Day,
  to: Day,
  onShare: (share: DailyTargetShare) => void,
): void {
  const periods = new PeriodCache();
  const groups = new Map<string, Group>();
  const regionsWithPeople = new Set<string>();
  for (const row of book.targets) {
    const entry = targetEntry(row, periods);
    if (row.metric === null || entry === null) continue;
    const person = resolver.salesperson(row.salesperson);
    if (row.salesperson !== null && person === null) continue;
    const region = person ? (resolver.regionOf(person) ?? "") : resolver.region(row.region);
    if (region === null) continue;
    if (person) regionsWithPeople.add(`${region}\u0000${row.metric}`);
    const key = `${person ?? ""}\u0000${person ? "" : region}\u0000${row.metric}`;
    let group = groups.get(key);
    if (group === undefined)
      groups.set(key, (group = { region, salesperson: person ?? "", metric: row.metric, entries: [] }));
    group.entries.push(entry);
  }
  for (const { region, salesperson, metric, entries } of groups.values()) {
    if (salesperson === "" && regionsWithPeople.has(`${region}\u0000${metric}`)) continue;
    let chosen = entries;
    if (chosen.some((e) => e.row.product === null)) chosen = chosen.filter((e) => e.row.product === null);
    if (chosen.some((e) => e.row.dealer === null)) chosen = chosen.filter((e) => e.row.dealer === null);
    const byProduct = new Map<string, typeof chosen>();
    for (const entry of chosen) {
      const product = entry.row.product === null ? "" : productName(entry.row.product);
      const same = byProduct.get(product);
      if (same) same.push(entry);
      else byProduct.set(product, [entry]);
    }
    for (const [product, productEntries] of byProduct)
      dailyTargetShares(productEntries, from, to, calendar, (day, value) =>
        onShare({ day, region, salesperson, product, metric, value }),
      );
  }
}
