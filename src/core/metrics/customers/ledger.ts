/**
 * Each customer's history from the templates, in one pass over DailyReport (SPEC §8.4): the dated
 * report rows with that customer (visits, orders, margins, collections), its surveys, complaints and
 * LostCustomers rows. Rows dated after the as-of date are left out: they never count.
 */
import type { ComplaintRow, CustomerRow, LostCustomerRow, SalesBook, SatisfactionRow } from "../../model";
import type { Day } from "../../periods/day";
import { marginOf, type NameResolver } from "../resolve";

/** One customer's report rows as parallel columns (400,000 rows make objects per row costly). */
export interface CustomerHistory {
  /** The customer as the Customers list knows it (canonical name). */
  readonly name: string;
  /** Its first row in Customers, or null for a customer only the reports name. */
  readonly master: CustomerRow | null;
  /** Date of every DailyReport row with this customer (a visit), in row order. */
  readonly days: Day[];
  readonly sales: number[];
  readonly margins: number[];
  readonly collections: number[];
  /**
   * Salesperson of each row: canonical, else as typed (a book may name someone only another book
   * lists), or null when blank.
   */
  readonly salespeople: (string | null)[];
  /** Whether each row's Purpose is New customer. */
  readonly newCustomerVisit: boolean[];
  readonly surveys: SatisfactionRow[];
  readonly complaints: ComplaintRow[];
  readonly losses: LostCustomerRow[];
}

/** Every customer's history, by customer key (`NameResolver.customer`), Customers-list order first. */
export type CustomerLedger = ReadonlyMap<string, CustomerHistory>;

function historyOf(name: string, master: CustomerRow | null): CustomerHistory {
  return {
    name,
    master,
    days: [],
    sales: [],
    margins: [],
    collections: [],
    salespeople: [],
    newCustomerVisit: [],
    surveys: [],
    complaints: [],
    losses: [],
  };
}

/**
 * Builds the ledger of `book` as of `asOf`. Customers listed twice keep their first row; rows about
 * customers the list does not know get a history of their own (keyed by the folded text), so that
 * validation and rollups can still see them, but `master` is null.
 *
 * @example buildLedger(book, resolver, dayFromIso("2026-11-30")!).get("华联超市")?.days.length
 */
export function buildLedger(book: SalesBook, resolver: NameResolver, asOf: Day): CustomerLedger {
  const ledger = new Map<string, CustomerHistory>();
  for (const row of book.customers) {
    const key = resolver.customer(row.name);
    if (key === null || ledger.has(key)) continue;
    ledger.set(key, historyOf(row.name ?? key, row));
  }
  const get = (text: string | null): CustomerHistory | null => {
    const key = resolver.customer(text);
    if (key === null) return null;
    let history = ledger.get(key);
    if (history === undefined) ledger.set(key, (history = historyOf(text ?? key, null)));
    return history;
  };
  for (const row of book.dailyReport) {
    if (row.date === null || row.date > asOf || row.customer === null) continue;
    const history = get(row.customer);
    if (history === null) continue;
    history.days.push(row.date);
    history.sales.push(row.orderAmount ?? 0);
    history.margins.push(marginOf(row, resolver));
    history.collections.push(row.collection ?? 0);
    history.salespeople.push(resolver.salesperson(row.salesperson) ?? row.salesperson);
    history.newCustomerVisit.push(row.purpose === "newCustomer");
  }
  for (const row of book.satisfaction)
    if (row.date !== null && row.date <= asOf) get(row.customer)?.surveys.push(row);
  for (const row of book.complaints)
    if (row.received !== null && row.received <= asOf) get(row.customer)?.complaints.push(row);
  for (const row of book.lostCustomers)
    if (row.lostOn !== null && row.lostOn <= asOf) get(row.customer)?.losses.push(row);
  return ledger;
}

/** Sums of one customer's rows dated `from`…`to` (inclusive). */
export interface RowTotals {
  visits: number;
  sales: number;
  margin: number;
  collections: number;
}

/** Visits, sales, margin and collections of `history` from `from` to `to`, inclusive. */
export function totalsBetween(history: CustomerHistory, from: Day, to: Day): RowTotals {
  const totals: RowTotals = { visits: 0, sales: 0, margin: 0, collections: 0 };
  const { days } = history;
  for (let i = 0; i < days.length; i++) {
    if (days[i] < from || days[i] > to) continue;
    totals.visits++;
    totals.sales += history.sales[i];
    totals.margin += history.margins[i];
    totals.collections += history.collections[i];
  }
  return totals;
}

/** First and last order (Order amount > 0) and last visit of `history`, or null for none. */
export function keyDates(history: CustomerHistory): {
  firstOrder: Day | null;
  lastOrder: Day | null;
  lastVisit: Day | null;
  firstRow: Day | null;
} {
  let firstOrder: Day | null = null;
  let lastOrder: Day | null = null;
  let lastVisit: Day | null = null;
  let firstRow: Day | null = null;
  const { days, sales } = history;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (lastVisit === null || day > lastVisit) lastVisit = day;
    if (firstRow === null || day < firstRow) firstRow = day;
    if (sales[i] > 0) {
      if (firstOrder === null || day < firstOrder) firstOrder = day;
      if (lastOrder === null || day > lastOrder) lastOrder = day;
    }
  }
  return { firstOrder, lastOrder, lastVisit, firstRow };
}

/**
 * Whether the customer is lost on `day` (SPEC §8.4): its latest LostCustomers row with Lost on on or
 * before `day` has no Won back on on or before `day`.
 */
export function isLostOn(history: { readonly losses: readonly LostCustomerRow[] }, day: Day): boolean {
  let latest: LostCustomerRow | null = null;
  for (const loss of history.losses)
    if (loss.lostOn !== null && loss.lostOn <= day && (latest === null || loss.lostOn >= latest.lostOn!))
      latest = loss;
  return latest !== null && (latest.wonBackOn === null || latest.wonBackOn > day);
}
