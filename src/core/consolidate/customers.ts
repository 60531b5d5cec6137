/**
 * The company's customers (SPEC §8.4 over SPEC §9): each book's rows folded into customer accounts,
 * surveys and complaints as the book is read; `finish` merges them by customer name into what one
 * book holding every row would give, and builds the Customers model and the Weekly report's lines.
 */
import {
  ComplaintTally,
  type CustomerAccounts,
  customerAccounts,
  type CustomersModel,
  customersFromAccounts,
  type CustomerThresholds,
  mergeAccounts,
  SurveyTally,
  weeklyCustomerLines,
} from "../metrics/customers";
import { buildLedger } from "../metrics/customers/ledger";
import type { WeeklyCustomers } from "../metrics/customers/weekly";
import type { NameResolver } from "../metrics/resolve";
import type { Period } from "../metrics/types";
import type { SalesBook } from "../model";
import type { WorkCalendar } from "../periods";
import type { Day } from "../periods/day";

export class CompanyCustomers {
  private readonly books: CustomerAccounts[] = [];
  private readonly surveys: SurveyTally;
  private readonly complaints: ComplaintTally;

  constructor(
    private readonly view: Period,
    private readonly asOf: Day,
  ) {
    const to = Math.min(view.end, asOf);
    this.surveys = new SurveyTally(view.start, to);
    this.complaints = new ComplaintTally(view.start, to, asOf);
  }

  /** Folds one book's customer rows, resolved against its own lists (its rows may be freed after). */
  addBook(book: SalesBook, resolver: NameResolver): void {
    this.books.push(customerAccounts(buildLedger(book, resolver, this.asOf), this.view, this.asOf));
    // A salesperson only another book lists is kept as typed, for the company's lists to resolve.
    this.surveys.add(book.satisfaction, (text) => resolver.salesperson(text) ?? text);
    this.complaints.add(book.complaints);
  }

  /** The model and the weekly lines by region, over the company's lists (`book`, `resolver`). */
  finish(
    book: SalesBook,
    resolver: NameResolver,
    calendar: WorkCalendar,
    lastWeek: Period,
    thresholds: CustomerThresholds,
  ): { model: CustomersModel; weekly: Map<string, WeeklyCustomers> } {
    const accounts = mergeAccounts(this.books, resolver, book.customers);

    const salespeople = book.salespeople
      .map((p) => resolver.salesperson(p.name))
      .filter((n): n is string => n !== null);
    const model = customersFromAccounts({
      accounts,
      surveys: this.surveys.lines(
        (name) => resolver.regionOf(name),
        (name) => resolver.salesperson(name),
      ),
      complaints: this.complaints.figures(),
      salespeople: [...new Set(salespeople)],
      resolver,
      calendar,
      view: this.view,
      asOf: this.asOf,
      thresholds,
    });
    return { model, weekly: weeklyCustomerLines(accounts, resolver, lastWeek, this.asOf, thresholds) };
  }
}
