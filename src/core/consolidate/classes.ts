/**
 * The ABC class of every customer over several books (SPEC §8.4 over §9), for `salespace export`:
 * the books' customer accounts merged by name, classed as the Customers sheet of their company
 * workbook classes them on the same as-of date.
 */
import { buildMasterIndex } from "../lists";
import type { MasterIndex } from "../lists/types";
import {
  classifyAccounts,
  type CustomerAccounts,
  customerAccounts,
  type CustomerClass,
  type CustomerThresholds,
  mergeAccounts,
} from "../metrics/customers";
import { buildLedger } from "../metrics/customers/ledger";
import { customerThresholds } from "../metrics/customers/thresholds";
import { createResolver } from "../metrics/resolve";
import type { SalesBook } from "../model";
import type { Day } from "../periods/day";
import { type LabelledLists, mergeMasterLists } from "./masterLists";

/** The class of a customer named as the company's lists name it (an unknown name: null). */
export type ClassOf = (customer: string) => CustomerClass | null;

/** Collects each book's customer accounts as of `asOf`; `finish` classes them all together. */
export class CompanyClasses {
  private readonly lists: LabelledLists[] = [];
  private readonly books: CustomerAccounts[] = [];

  constructor(readonly asOf: Day) {}

  /** Adds one book (only its lists and one account per customer are kept). */
  addBook(label: string, loaded: { readonly book: SalesBook; readonly index: MasterIndex }): void {
    const { book, index } = loaded;
    const resolver = createResolver(book, index);
    const day = { start: this.asOf, end: this.asOf };
    this.books.push(customerAccounts(buildLedger(book, resolver, this.asOf), day, this.asOf));
    const { salespeople, customers, products, calendar, targets } = book;
    this.lists.push({ label, lists: { salespeople, customers, products, calendar, targets } });
  }

  /**
   * Each customer's class over every book added.
   *
   * @example new CompanyClasses(asOf).finish()("华联超市") // "A"
   */
  finish(thresholds: Partial<CustomerThresholds> = {}): ClassOf {
    const { book } = mergeMasterLists(this.lists);
    const resolver = createResolver(book, buildMasterIndex(book));
    const accounts = mergeAccounts(this.books, resolver, book.customers);
    const classes = new Map(
      classifyAccounts(accounts, this.asOf, customerThresholds(thresholds)).map((c) => [c.key, c.class]),
    );
    return (customer) => classes.get(resolver.customer(customer) ?? "") ?? null;
  }
}
