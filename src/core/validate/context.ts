/**
 * What every rule is given: the typed book, the master lists, the working-day calendar and the
 * date validation runs on, plus memoized name keys shared by the rules.
 */
import type { SalesBook } from "../model";
import { buildLedger, type CustomerLedger } from "../metrics/customers/ledger";
import { customerThresholds, type CustomerThresholds } from "../metrics/customers/thresholds";
import { createResolver } from "../metrics/resolve";
import type { MasterIndex } from "../lists/types";
import type { WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import type { ListSource } from "../schema/types";
import { matchKey } from "../text/fold";
import type { Finding } from "./finding";

/** The input of `validateBook` (agreed across helpers). */
export interface ValidateInput {
  readonly book: SalesBook;
  /** Findings the reader made about unreadable cells (E02, E03 for enumerations). */
  readonly readFindings: readonly Finding[];
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  /** The date validation runs on; "future" and "overdue" are relative to it. */
  readonly today: Day;
  /** W03: a plan or report row older than this many working days needs an Approved by. */
  readonly signOffOverdueDays: number;
  /** W10–W13 and the ABC classes: settings the workbook gives; the rest take their defaults. */
  readonly customerThresholds?: Partial<CustomerThresholds>;
}

export interface RuleContext {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly today: Day;
  readonly signOffOverdueDays: number;
  readonly customerThresholds: CustomerThresholds;
  /** Every customer's history as of today, built once for the customer rules (W10–W13). */
  customerLedger(): CustomerLedger;
  /**
   * The form two references to a list entry are compared in: the entry's canonical name when the
   * list knows the text (so an ID or a full-width variant matches the name), else the text's matchKey.
   */
  nameKey(list: ListSource, text: string): string;
  /**
   * A small integer standing for `nameKey(list, text)`: equal for the same entry, so rules over
   * 400,000 rows can index by numbers instead of building strings.
   */
  nameId(list: ListSource, text: string): number;
  /** A number standing for one salesperson (as `nameId` reads the text) on one day. */
  personDay(salesperson: string, day: Day): number;
}

// Above the largest Excel serial (9999-12-31 is 2,958,465): salesperson id × this + day is unique.
const DAYS = 4_194_304;

/** A rule family: given the context, the findings it makes. */
export type Rule = (context: RuleContext) => Finding[];

/** Builds the context shared by all rules of one validation run. */
export function ruleContext(input: ValidateInput): RuleContext {
  const perList = <T>(): Record<ListSource, Map<string, T>> => ({
    salespeople: new Map(),
    customers: new Map(),
    dealers: new Map(),
    products: new Map(),
    regions: new Map(),
  });
  const keys = perList<string>();
  const nameKey = (list: ListSource, text: string): string => {
    let key = keys[list].get(text);
    if (key === undefined) {
      // The prefix keeps a canonical name from colliding with a folded unknown text.
      const name = input.index.canonical(list, text);
      key = name === null ? `?${matchKey(text)}` : `=${name}`;
      keys[list].set(text, key);
    }
    return key;
  };
  const ids = perList<number>();
  const idOfKey = new Map<string, number>();
  const nameId = (list: ListSource, text: string): number => {
    let id = ids[list].get(text);
    if (id === undefined) {
      const key = `${list}:${nameKey(list, text)}`;
      id = idOfKey.get(key);
      if (id === undefined) idOfKey.set(key, (id = idOfKey.size));
      ids[list].set(text, id);
    }
    return id;
  };
  let ledger: CustomerLedger | null = null;
  return {
    book: input.book,
    index: input.index,
    calendar: input.calendar,
    today: input.today,
    signOffOverdueDays: input.signOffOverdueDays,
    customerThresholds: customerThresholds(input.customerThresholds),
    customerLedger: () =>
      (ledger ??= buildLedger(input.book, createResolver(input.book, input.index), input.today)),
    nameKey,
    nameId,
    personDay: (salesperson, day) => nameId("salespeople", salesperson) * DAYS + day,
  };
}
