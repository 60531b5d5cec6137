/**
 * Customer accounts: the smallest summary of a customer's rows that gives every customer figure of
 * one view and as-of date (SPEC §8.4). A book's ledger (one entry per report row) is folded into one
 * account per customer: the view's and trailing 12 months' sums, the first/last order and visit, the
 * orders of the 365 days before the view's days (lost sales as of any Lost on in the view), the
 * new-customer visits, the latest score, the open complaints and the LostCustomers rows. Accounts of
 * several books merge into the accounts of one book holding all their rows (SPEC §9): sums add, dates
 * take their minimum or maximum, lists are joined in book order.
 */
import type { CustomerRow, LostCustomerRow } from "../../model";
import type { Day } from "../../periods/day";
import { SATISFACTION_SCALE } from "../../schema/tables";
import { isOnScale } from "../../validate/scores";
import { addFields } from "../fieldSums";
import type { NameResolver } from "../resolve";
import type { CustomerHistory, CustomerLedger, RowTotals } from "./ledger";
import { TRAILING_DAYS } from "./thresholds";

/** Where an entry of a ledger was first seen: its Customers row, else the first table naming it. */
const Seen = { List: 0, Report: 1, Survey: 2, Complaint: 3, Loss: 4 } as const;
type Seen = (typeof Seen)[keyof typeof Seen];

export interface CustomerAccount {
  readonly name: string;
  readonly master: CustomerRow | null;
  /** Visits, sales, margin and collections from the view's first day to the as-of date. */
  readonly view: Readonly<RowTotals>;
  /** Over the 365 days ending on the as-of date. */
  readonly trailingSales: number;
  readonly trailingMargin: number;
  /** Over every row up to the as-of date. */
  readonly firstOrder: Day | null;
  readonly lastOrder: Day | null;
  readonly lastVisit: Day | null;
  readonly firstRow: Day | null;
  /** Rows with an order amount dated from 364 days before the view to its last counted day. */
  readonly orderDays: readonly Day[];
  readonly orderSales: readonly number[];
  /** New-customer visits in the view, all and by salesperson of the row (canonical, else as typed). */
  readonly newCustomerVisits: number;
  readonly newCustomerVisitsBy: ReadonlyMap<string, number>;
  /** The latest survey up to the as-of date whose Overall is on its scale. */
  readonly latestOverall: { readonly day: Day; readonly score: number } | null;
  /** Complaints received by the as-of date and not closed by it. */
  readonly openComplaints: number;
  /** Its LostCustomers rows with Lost on up to the as-of date, in row order. */
  readonly losses: readonly LostCustomerRow[];
  /** For merging: which table first named it, and where in its book's ledger. */
  readonly seen: readonly [Seen, number, number];
}

/** Accounts by customer key, in ledger order (Customers list first, then first appearance). */
export type CustomerAccounts = ReadonlyMap<string, CustomerAccount>;

function seenIn(history: CustomerHistory): Seen {
  if (history.master !== null) return Seen.List;
  if (history.days.length > 0) return Seen.Report;
  if (history.surveys.length > 0) return Seen.Survey;
  return history.complaints.length > 0 ? Seen.Complaint : Seen.Loss;
}

const minDay = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxDay = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : Math.max(a, b));

function accountOf(history: CustomerHistory, view: { start: Day; end: Day }, asOf: Day, at: number) {
  const from = view.start;
  const to = Math.min(view.end, asOf);
  const trailingFrom = asOf - TRAILING_DAYS + 1;
  const ordersFrom = from - TRAILING_DAYS + 1;
  const totals: RowTotals = { visits: 0, sales: 0, margin: 0, collections: 0 };
  let trailingSales = 0;
  let trailingMargin = 0;
  let [firstOrder, lastOrder, lastVisit, firstRow] = [null, null, null, null] as (Day | null)[];
  const orderDays: Day[] = [];
  const orderSales: number[] = [];
  let newCustomerVisits = 0;
  const newCustomerVisitsBy = new Map<string, number>();
  const { days, sales, margins } = history;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    lastVisit = maxDay(lastVisit, day);
    firstRow = minDay(firstRow, day);
    if (sales[i] > 0) {
      firstOrder = minDay(firstOrder, day);
      lastOrder = maxDay(lastOrder, day);
    }
    if (day >= trailingFrom && day <= asOf) {
      trailingSales += sales[i];
      trailingMargin += margins[i];
    }
    if (sales[i] !== 0 && day >= ordersFrom && day <= to) {
      orderDays.push(day);
      orderSales.push(sales[i]);
    }
    if (day < from || day > to) continue;
    totals.visits++;
    totals.sales += sales[i];
    totals.margin += margins[i];
    totals.collections += history.collections[i];
    if (!history.newCustomerVisit[i]) continue;
    newCustomerVisits++;
    const who = history.salespeople[i];
    if (who !== null) newCustomerVisitsBy.set(who, (newCustomerVisitsBy.get(who) ?? 0) + 1);
  }
  let latestOverall: CustomerAccount["latestOverall"] = null;
  for (const s of history.surveys)
    if (s.date !== null && s.overall !== null && isOnScale(s.overall, SATISFACTION_SCALE))
      if (latestOverall === null || s.date >= latestOverall.day)
        latestOverall = { day: s.date, score: s.overall };
  const account: CustomerAccount = {
    name: history.name,
    master: history.master,
    view: totals,
    trailingSales,
    trailingMargin,
    firstOrder,
    lastOrder,
    lastVisit,
    firstRow,
    orderDays,
    orderSales,
    newCustomerVisits,
    newCustomerVisitsBy,
    latestOverall,
    openComplaints: history.complaints.filter((c) => c.closedOn === null || c.closedOn > asOf).length,
    losses: history.losses,
    seen: [seenIn(history), 0, at],
  };
  return account;
}

/**
 * The accounts of a ledger built as of `asOf`, for the view `view` (its days after `asOf` never count).
 *
 * @example customerAccounts(buildLedger(book, resolver, asOf), parsePeriod("2026-11")!, asOf).get("华联超市")?.view.sales
 */
export function customerAccounts(
  ledger: CustomerLedger,
  view: { readonly start: Day; readonly end: Day },
  asOf: Day,
): Map<string, CustomerAccount> {
  const accounts = new Map<string, CustomerAccount>();
  let at = 0;
  for (const [key, history] of ledger) accounts.set(key, accountOf(history, view, asOf, at++));
  return accounts;
}

/** Sales of the orders dated from 364 days before `day` up to `day` (its trailing 12 months). */
export function salesUpTo(account: CustomerAccount, day: Day): number {
  let sum = 0;
  const { orderDays, orderSales } = account;
  for (let i = 0; i < orderDays.length; i++)
    if (orderDays[i] > day - TRAILING_DAYS && orderDays[i] <= day) sum += orderSales[i];
  return sum;
}

/** Two books' accounts of one customer (`into` from the earlier book), salespeople already renamed. */
function addInto(into: CustomerAccount, more: CustomerAccount): CustomerAccount {
  const by = new Map(into.newCustomerVisitsBy);
  for (const [who, n] of more.newCustomerVisitsBy) by.set(who, (by.get(who) ?? 0) + n);
  const later = (a: CustomerAccount["latestOverall"], b: CustomerAccount["latestOverall"]) =>
    a === null || (b !== null && b.day >= a.day) ? b : a;
  const first = compareSeen(more.seen, into.seen) < 0 ? more : into;
  return {
    name: first.name,
    master: into.master,
    view: addFields(into.view, more.view),
    trailingSales: into.trailingSales + more.trailingSales,
    trailingMargin: into.trailingMargin + more.trailingMargin,
    firstOrder: minDay(into.firstOrder, more.firstOrder),
    lastOrder: maxDay(into.lastOrder, more.lastOrder),
    lastVisit: maxDay(into.lastVisit, more.lastVisit),
    firstRow: minDay(into.firstRow, more.firstRow),
    orderDays: [...into.orderDays, ...more.orderDays],
    orderSales: [...into.orderSales, ...more.orderSales],
    newCustomerVisits: into.newCustomerVisits + more.newCustomerVisits,
    newCustomerVisitsBy: by,
    latestOverall: later(into.latestOverall, more.latestOverall),
    openComplaints: into.openComplaints + more.openComplaints,
    losses: [...into.losses, ...more.losses],
    seen: first.seen,
  };
}

function renamed(counts: ReadonlyMap<string, number>, byName: (name: string) => string) {
  const out = new Map<string, number>();
  for (const [who, n] of counts) out.set(byName(who), (out.get(byName(who)) ?? 0) + n);
  return out;
}

const compareSeen = (a: CustomerAccount["seen"], b: CustomerAccount["seen"]) =>
  a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The accounts of one book holding every book's rows, from each book's own accounts (in book order):
 * customers are matched by name through the company's lists (`resolver`, `customers`: its Customers
 * rows, first book's row first), salespeople named as the company list names them. Each book's rows
 * are resolved against its own lists first, so an ID typed in a book means that book's customer.
 *
 * @example mergeAccounts([northAccounts, southAccounts], companyResolver, company.customers).size
 */
export function mergeAccounts(
  books: readonly CustomerAccounts[],
  resolver: NameResolver,
  customers: readonly CustomerRow[],
): Map<string, CustomerAccount> {
  const byName = (name: string) => resolver.salesperson(name) ?? name;
  const masters = new Map<string, CustomerRow>();
  for (const row of customers) {
    const key = resolver.customer(row.name);
    if (key !== null && !masters.has(key)) masters.set(key, row);
  }
  const merged = new Map<string, CustomerAccount>();
  books.forEach((accounts, book) => {
    for (const account of accounts.values()) {
      const key = resolver.customer(account.name)!;
      const master = masters.get(key) ?? null;
      const own: CustomerAccount = {
        ...account,
        name: master?.name ?? account.name,
        master,
        newCustomerVisitsBy: renamed(account.newCustomerVisitsBy, byName),
        seen: master === null ? [account.seen[0], book, account.seen[2]] : [0, 0, 0],
      };
      const before = merged.get(key);
      merged.set(key, before === undefined ? own : addInto(before, own));
    }
  });
  const listed = [...masters.keys()].filter((key) => merged.has(key));
  const others = [...merged.keys()]
    .filter((key) => !masters.has(key))
    .sort((a, b) => compareSeen(merged.get(a)!.seen, merged.get(b)!.seen));
  return new Map([...listed, ...others].map((key) => [key, merged.get(key)!]));
}
