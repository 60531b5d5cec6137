/**
 * Runs a rule family (or the whole validation) over a test book, the way validateBook does, and
 * describes every finding it returns in both languages: a finding whose message is missing or
 * leaves a `{placeholder}` unfilled fails the test that produced it.
 */
import type { CustomerThresholds } from "../../../src/core/metrics/customers/thresholds";
import type { SalesBook } from "../../../src/core/model";
import { buildMasterIndex } from "../../../src/core/lists";
import { buildCalendar } from "../../../src/core/periods";
import type { Day } from "../../../src/core/periods/day";
import { ruleContext, type Rule } from "../../../src/core/validate/context";
import { describeFinding } from "../../../src/core/validate/describe";
import type { Finding, FindingCode } from "../../../src/core/validate/finding";
import { validateBook } from "../../../src/core/validate";
import { customer, d, product, salesperson } from "../../support/rows";

/** Friday 2026-11-27: the day the tests validate on unless they say otherwise. */
export const TODAY: Day = d("2026-11-27");

export interface RunOptions {
  readonly today?: Day;
  readonly signOffOverdueDays?: number;
  readonly readFindings?: readonly Finding[];
  readonly customerThresholds?: Partial<CustomerThresholds>;
}

function inputOf(book: SalesBook, options: RunOptions) {
  return {
    book,
    readFindings: options.readFindings ?? [],
    index: buildMasterIndex(book),
    calendar: buildCalendar(book.calendar),
    today: options.today ?? TODAY,
    signOffOverdueDays: options.signOffOverdueDays ?? 2,
    customerThresholds: options.customerThresholds ?? {},
  };
}

const PLACEHOLDER = /\{\w+\}/;

/** Describes `findings` in zh and en; throws when a message is missing or incomplete. */
export function describedInBothLanguages(findings: readonly Finding[]): Finding[] {
  for (const f of findings) {
    for (const lang of ["en", "zh"] as const) {
      const text = describeFinding(lang, f);
      if (PLACEHOLDER.test(text) || text.trim() === "")
        throw new Error(`${f.messageKey} (${lang}) is incomplete: ${text}`);
    }
  }
  return [...findings];
}

/** The findings of one rule family over `book`. */
export function runRule(rule: Rule, book: SalesBook, options: RunOptions = {}): Finding[] {
  return describedInBothLanguages(rule(ruleContext(inputOf(book, options))));
}

/** The findings of the whole validation over `book`. */
export function runAll(book: SalesBook, options: RunOptions = {}): Finding[] {
  return describedInBothLanguages(validateBook(inputOf(book, options)));
}

/** Only the findings of `code`, as `[row, column]` pairs: what most tests compare. */
export function cells(findings: readonly Finding[], code: FindingCode): [number | null, string | null][] {
  return findings.filter((f) => f.code === code).map((f) => [f.row, f.column]);
}

/**
 * A small team: 王伟 and 李娜 in 华东 (active), 张强 in 华北 (no longer active); customers 华联超市
 * (华东), 北方商贸 (华北, a dealer) and 老客户 (华东, churned); one product, 矿泉水.
 */
export function team(): Pick<SalesBook, "salespeople" | "customers" | "products"> {
  return {
    salespeople: [
      salesperson({ id: "S001", name: "王伟", region: "华东", active: true }),
      salesperson({ id: "S002", name: "李娜", region: "华东", active: true }),
      salesperson({ id: "S003", name: "张强", region: "华北", active: false }),
    ],
    customers: [
      customer({ id: "C001", name: "华联超市", type: "outlet", region: "华东", status: "active" }),
      customer({ id: "C002", name: "北方商贸", type: "dealer", region: "华北", status: "active" }),
      customer({ id: "C003", name: "老客户", type: "outlet", region: "华东", status: "churned" }),
    ],
    products: [product({ code: "P001", name: "矿泉水", unitPrice: 10, unitCost: 6 })],
  };
}
