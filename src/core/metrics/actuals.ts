/**
 * Actuals from DailyReport (SPEC §3), per salesperson, in one pass over the rows.
 * Rows whose salesperson does not resolve to the Salespeople list are left out (validation reports
 * them); rows without a date are left out of every dated range.
 */
import type { MetricKey, SalesBook } from "../model";
import type { MasterIndex } from "../lists/types";
import type { Day } from "../periods/day";
import { type NameResolver, createResolver, marginOf } from "./resolve";

/** One salesperson's actuals over a range. `newOutlets` counts distinct customers. */
export interface ActualTotals extends Record<MetricKey, number> {
  readonly expense: number;
  /** Visits (rows with a customer) that carry an order amount above 0. */
  readonly visitsWithOrder: number;
}

interface MutableTotals {
  sales: number;
  grossMargin: number;
  collections: number;
  newOutlets: number;
  visits: number;
  expense: number;
  visitsWithOrder: number;
}

/** All-zero actuals. */
export function zeroActuals(): ActualTotals {
  return {
    sales: 0,
    grossMargin: 0,
    collections: 0,
    newOutlets: 0,
    visits: 0,
    expense: 0,
    visitsWithOrder: 0,
  };
}

export interface ActualsInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  /** First and last day counted, inclusive. */
  readonly from: Day;
  readonly to: Day;
  /** Reuse a resolver already built for this book (optional). */
  readonly resolver?: NameResolver;
}

/**
 * Actuals per canonical salesperson name for report rows dated `from`…`to`:
 * Sales = Σ Order amount; Gross margin = Σ margin (typed, else derived from the product's price and
 * cost); Collections = Σ Collection; New outlets = distinct customers with New outlet = Y;
 * Visits = rows with a customer; Expense = Σ Expense. Salespeople without rows are absent.
 *
 * @example computeActuals({ book, index, from: dayFromIso("2026-11-01")!, to: dayFromIso("2026-11-30")! }).get("王伟")?.sales
 */
export function computeActuals(input: ActualsInput): Map<string, ActualTotals> {
  const resolver = input.resolver ?? createResolver(input.book, input.index);
  const totals = new Map<string, MutableTotals>();
  const outlets = new Map<string, Set<string>>();
  for (const row of input.book.dailyReport) {
    if (row.date === null || row.date < input.from || row.date > input.to) continue;
    const person = resolver.salesperson(row.salesperson);
    if (person === null) continue;
    let line = totals.get(person);
    if (line === undefined) {
      line = zeroActuals() as MutableTotals;
      totals.set(person, line);
    }
    line.sales += row.orderAmount ?? 0;
    line.grossMargin += marginOf(row, resolver);
    line.collections += row.collection ?? 0;
    line.expense += row.expense ?? 0;
    if (row.customer === null) continue;
    line.visits += 1;
    if ((row.orderAmount ?? 0) > 0) line.visitsWithOrder += 1;
    if (row.newOutlet === true) {
      let seen = outlets.get(person);
      if (seen === undefined) {
        seen = new Set();
        outlets.set(person, seen);
      }
      seen.add(resolver.customer(row.customer)!);
    }
  }
  for (const [person, seen] of outlets) totals.get(person)!.newOutlets = seen.size;
  return totals;
}
