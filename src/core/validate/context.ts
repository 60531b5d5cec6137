/**
 * What every rule is given: the typed book, the master lists, the working-day calendar and the
 * date validation runs on, plus memoized name keys shared by the rules.
 */
import type { SalesBook } from "../model";
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
}

export interface RuleContext {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly today: Day;
  readonly signOffOverdueDays: number;
  /**
   * The form two references to a list entry are compared in: the entry's canonical name when the
   * list knows the text (so an ID or a full-width variant matches the name), else the text's matchKey.
   */
  nameKey(list: ListSource, text: string): string;
}

/** A rule family: given the context, the findings it makes. */
export type Rule = (context: RuleContext) => Finding[];

/** Builds the context shared by all rules of one validation run. */
export function ruleContext(input: ValidateInput): RuleContext {
  const memo = new Map<ListSource, Map<string, string>>();
  const nameKey = (list: ListSource, text: string): string => {
    let byText = memo.get(list);
    if (byText === undefined) {
      byText = new Map();
      memo.set(list, byText);
    }
    let key = byText.get(text);
    if (key === undefined) {
      // The prefix keeps a canonical name from colliding with a folded unknown text.
      const name = input.index.canonical(list, text);
      key = name === null ? `?${matchKey(text)}` : `=${name}`;
      byText.set(text, key);
    }
    return key;
  };
  return {
    book: input.book,
    index: input.index,
    calendar: input.calendar,
    today: input.today,
    signOffOverdueDays: input.signOffOverdueDays,
    nameKey,
  };
}
