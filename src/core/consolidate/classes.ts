/**
 * The ABC class of every customer over several books (SPEC §8.4 over §9), for `salespace export`:
 * the books' customer accounts merged by name, classed as the Customers sheet of their company
 * workbook classes them on the same as-of date.
 */
import { buildMasterIndex } from "../lists";
import {
  classifyAccounts,
  type CustomerAccounts,
  customerAccounts,
  type CustomerClass,
  type CustomerThresholds,
  mergeAccounts,
} from "../metrics/customers";
import { buildLedger } from "../metrics/customers/ledger";
import { customerThresholdsOf, DEFAULT_CUSTOMER_THRESHOLDS } from "../metrics/customers/thresholds";
import { createResolver } from "../metrics/resolve";
import type { Day } from "../periods/day";
import type { CompanyInput } from "./company";
import { type LabelledLists, mergeMasterLists } from "./masterLists";

/** The class of a customer named as the company's lists name it (an unknown name: null). */
export type ClassOf = (customer: string) => CustomerClass | null;

/** Collects each book's customer accounts as of `asOf`; `finish` classes them all together. */
export class CompanyClasses {
  private readonly lists: LabelledLists[] = [];
  private readonly books: CustomerAccounts[] = [];
  private thresholds: CustomerThresholds | null = null;

  constructor(readonly asOf: Day) {}

  /** Adds one book (only its lists and one account per customer are kept). */
  addBook(label: string, loaded: Pick<CompanyInput, "book" | "index" | "settings">): void {
    const { book, index, settings } = loaded;
    this.thresholds ??= customerThresholdsOf(settings);
    const resolver = createResolver(book, index);
    const day = { start: this.asOf, end: this.asOf };
    this.books.push(customerAccounts(buildLedger(book, resolver, this.asOf), day, this.asOf));
    const { salespeople, customers, products, calendar, targets } = book;
    this.lists.push({ label, lists: { salespeople, customers, products, calendar, targets } });
  }

  /**
   * Each customer's class over every book added, with the first book's thresholds (as the company
   * workbook's Customers sheet classes them) unless others are given.
   *
   * @example new CompanyClasses(asOf).finish()("华联超市") // "A"
   */
  finish(thresholds: CustomerThresholds = this.thresholds ?? DEFAULT_CUSTOMER_THRESHOLDS): ClassOf {
    const { book } = mergeMasterLists(this.lists);
    const resolver = createResolver(book, buildMasterIndex(book));
    const accounts = mergeAccounts(this.books, resolver, book.customers);
    const classes = new Map(classifyAccounts(accounts, this.asOf, thresholds).map((c) => [c.key, c.class]));
    return (customer) => classes.get(resolver.customer(customer) ?? "") ?? null;
  }
}
