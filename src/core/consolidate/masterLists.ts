/**
 * One company's master lists, calendar and targets from several workbooks (SPEC §9): people,
 * customers and products are matched by name (folded for width, case and spaces); the first book's
 * row stands for the entry. Where the books disagree the run goes on and each disagreement names
 * both books.
 */
import type { CalendarRow, CustomerRow, ProductRow, SalesBook, SalespersonRow, TargetRow } from "../model";
import { isoOfDay } from "../periods";
import { matchKey } from "../text/fold";
import type { Disagreement } from "./types";

/** What a company rollup keeps of one book's lists: small tables only. */
export type BookLists = Pick<SalesBook, "salespeople" | "customers" | "products" | "calendar" | "targets">;

export interface LabelledLists {
  /** The book as the user named it (its file name). */
  readonly label: string;
  readonly lists: BookLists;
}

const fold = (text: string | null): string => (text === null ? "" : matchKey(text));

interface Seen {
  readonly book: string;
  readonly value: string;
}

/** Remembers the first book's value per key and reports each later book that holds another. */
class FirstWins {
  private readonly seen = new Map<string, Seen>();
  private readonly reported = new Set<string>();

  constructor(private readonly onDisagree: (subject: string, first: Seen, second: Seen) => void) {}

  /** `subject` is what a warning names (the key folded is not what people typed). */
  note(key: string, book: string, value: string | null, subject: string = key): void {
    if (key === "" || value === null || value === "") return;
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, { book, value });
      return;
    }
    if (first.book === book || fold(first.value) === fold(value)) return;
    const once = `${key}\u0000${book}`;
    if (this.reported.has(once)) return;
    this.reported.add(once);
    this.onDisagree(subject, first, { book, value });
  }
}

function mergeList<Row>(
  books: readonly LabelledLists[],
  rowsOf: (lists: BookLists) => readonly Row[],
  nameOf: (row: Row) => string | null,
): Row[] {
  const byName = new Map<string, Row>();
  for (const { lists } of books) {
    for (const row of rowsOf(lists)) {
      const key = fold(nameOf(row));
      if (key !== "" && !byName.has(key)) byName.set(key, row);
    }
  }
  return [...byName.values()];
}

function targetKey(t: TargetRow): string {
  return [t.period, t.salesperson, t.dealer, t.region, t.product, t.metric].map(fold).join("\u0001");
}

function targetText(t: TargetRow): string {
  return [t.period, t.salesperson ?? t.region, t.dealer, t.product, t.metric].filter((v) => v).join(" · ");
}

/**
 * The company's lists and the disagreements found on the way.
 *
 * @example mergeMasterLists([{ label: "north.xlsx", lists: north }, { label: "south.xlsx", lists: south }]).book.salespeople
 */
export function mergeMasterLists(books: readonly LabelledLists[]): {
  book: SalesBook;
  disagreements: Disagreement[];
} {
  const disagreements: Disagreement[] = [];
  const idNames = (list: "salespeople" | "customers" | "products") =>
    new FirstWins((id, first, second) =>
      disagreements.push({ kind: "idTwoNames", list, subject: id, first, second }),
    );
  const regions = (list: "salespeople" | "customers") =>
    new FirstWins((name, first, second) =>
      disagreements.push({ kind: "nameTwoRegions", list, subject: name, first, second }),
    );
  const checks = {
    salespeople: { ids: idNames("salespeople"), regions: regions("salespeople") },
    customers: { ids: idNames("customers"), regions: regions("customers") },
    products: idNames("products"),
  };
  const calendar = new FirstWins((date, first, second) =>
    disagreements.push({ kind: "calendarDay", list: "calendar", subject: date, first, second }),
  );
  const targets = new Map<string, { book: string; row: TargetRow }>();
  const companyTargets: TargetRow[] = [];

  for (const { label, lists } of books) {
    for (const p of lists.salespeople as readonly SalespersonRow[]) {
      checks.salespeople.ids.note(p.id === null ? "" : p.id.trim(), label, p.name);
      checks.salespeople.regions.note(fold(p.name), label, p.region, p.name ?? "");
    }
    for (const c of lists.customers as readonly CustomerRow[]) {
      checks.customers.ids.note(c.id === null ? "" : c.id.trim(), label, c.name);
      checks.customers.regions.note(fold(c.name), label, c.region, c.name ?? "");
    }
    for (const p of lists.products as readonly ProductRow[]) {
      checks.products.note(p.code === null ? "" : p.code.trim(), label, p.name);
    }
    for (const d of lists.calendar as readonly CalendarRow[]) {
      if (d.date !== null) calendar.note(isoOfDay(d.date), label, d.kind);
    }
    for (const t of lists.targets) {
      const key = targetKey(t);
      const first = targets.get(key);
      if (first === undefined) {
        targets.set(key, { book: label, row: t });
        companyTargets.push(t);
      } else if (first.book !== label) {
        disagreements.push({
          kind: "sameTarget",
          list: "targets",
          subject: targetText(t),
          first: { book: first.book, value: String(first.row.target ?? "") },
          second: { book: label, value: String(t.target ?? "") },
        });
      }
    }
  }

  const calendarDays = new Map<number, CalendarRow>();
  for (const { lists } of books) {
    for (const d of lists.calendar)
      if (d.date !== null && !calendarDays.has(d.date)) calendarDays.set(d.date, d);
  }
  return {
    book: {
      salespeople: mergeList(
        books,
        (l) => l.salespeople,
        (r) => r.name,
      ),
      customers: mergeList(
        books,
        (l) => l.customers,
        (r) => r.name,
      ),
      products: mergeList(
        books,
        (l) => l.products,
        (r) => r.name,
      ),
      calendar: [...calendarDays.values()],
      targets: companyTargets,
      visitPlan: [],
      dailyReport: [],
      marketReport: [],
      complaints: [],
      satisfaction: [],
      lostCustomers: [],
    },
    disagreements,
  };
}
