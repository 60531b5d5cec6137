/**
 * Row-level facts for engines analysts use (SPEC §9 `salespace export`): one row per DailyReport row
 * (`kind` = report) and one per target and working day (`kind` = target), as columns ready for a
 * columnar file. Names are resolved against the book's lists (an ID typed instead of a name becomes
 * the name); what does not resolve is kept as typed.
 */
import type { MasterIndex } from "../lists/types";
import { createResolver, marginOf } from "../metrics/resolve";
import type { SalesBook } from "../model";
import { parsePeriod, type WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import type { ClassOf } from "./classes";
import { targetSharesPerDay } from "./targetShares";

/** The columns, in file order; every column is nullable. */
export interface FactColumns {
  readonly kind: ("report" | "target")[];
  readonly book: string[];
  readonly date: (Day | null)[];
  readonly salesperson: (string | null)[];
  readonly region: (string | null)[];
  readonly customer: (string | null)[];
  /** ABC class (SPEC §8.4) of the row's customer over every exported book, as of the export's date. */
  readonly customerClass: (string | null)[];
  readonly product: (string | null)[];
  readonly orderAmount: (number | null)[];
  readonly grossMargin: (number | null)[];
  readonly collection: (number | null)[];
  readonly newOutlet: (boolean | null)[];
  readonly expense: (number | null)[];
  readonly visit: (boolean | null)[];
  readonly metric: (string | null)[];
  readonly target: (number | null)[];
}

export const FACT_COLUMN_NAMES = [
  "kind",
  "book",
  "date",
  "salesperson",
  "region",
  "customer",
  "customerClass",
  "product",
  "orderAmount",
  "grossMargin",
  "collection",
  "newOutlet",
  "expense",
  "visit",
  "metric",
  "target",
] as const satisfies readonly (keyof FactColumns)[];

function emptyColumns(): FactColumns {
  return Object.fromEntries(FACT_COLUMN_NAMES.map((n) => [n, []])) as unknown as FactColumns;
}

/** What the facts need of a loaded book. */
export interface FactsInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
}

/** First and last day of every target period the book holds, or null when it holds none. */
function targetSpan(book: SalesBook): [Day, Day] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const t of book.targets) {
    const period = t.period === null ? null : parsePeriod(t.period);
    if (period === null) continue;
    from = Math.min(from, period.start);
    to = Math.max(to, period.end);
  }
  return from <= to ? [from, to] : null;
}

/**
 * One book's facts as columns: its report rows in table order, then its targets' daily shares.
 * `classOf` gives a customer's ABC class (see `CompanyClasses`); without it the class is blank.
 *
 * @example bookFacts("north.xlsx", loaded, classOf).kind.length // report rows + target days
 */
export function bookFacts(label: string, loaded: FactsInput, classOf: ClassOf = () => null): FactColumns {
  const { book, index, calendar } = loaded;
  const resolver = createResolver(book, index);
  const c = emptyColumns();
  const push = (row: { [K in keyof FactColumns]: FactColumns[K][number] }): void => {
    for (const name of FACT_COLUMN_NAMES) (c[name] as unknown[]).push(row[name]);
  };
  const classes = new Map<string, string | null>();
  const classOfRow = (customer: string | null): string | null => {
    if (customer === null) return null;
    let cls = classes.get(customer);
    if (cls === undefined) classes.set(customer, (cls = classOf(customer)));
    return cls;
  };
  for (const r of book.dailyReport) {
    const person = resolver.salesperson(r.salesperson);
    const customer = r.customer === null ? null : (index.canonical("customers", r.customer) ?? r.customer);
    push({
      kind: "report",
      book: label,
      date: r.date,
      salesperson: person ?? r.salesperson,
      region: person === null ? null : resolver.regionOf(person),
      customer,
      customerClass: classOfRow(customer),
      product: r.product === null ? null : (index.canonical("products", r.product) ?? r.product),
      orderAmount: r.orderAmount,
      grossMargin: marginOf(r, resolver),
      collection: r.collection,
      newOutlet: r.newOutlet,
      expense: r.expense,
      visit: r.customer !== null,
      metric: null,
      target: null,
    });
  }
  const span = targetSpan(book);
  if (span !== null) {
    targetSharesPerDay(
      book,
      index,
      calendar,
      span[0],
      span[1],
      (day, region, person, product, metric, value) =>
        push({
          kind: "target",
          book: label,
          date: day,
          salesperson: person === "" ? null : person,
          region,
          customer: null,
          customerClass: null,
          product: product === "" ? null : product,
          orderAmount: null,
          grossMargin: null,
          collection: null,
          newOutlet: null,
          expense: null,
          visit: null,
          metric,
          target: value,
        }),
    );
  }
  return c;
}
