/**
 * Validate (SPEC §2): the reader's findings about unreadable cells plus every rule family's, in the
 * order a person reads them: table (schema order), row, column (schema order), code.
 */
import { TABLES } from "../schema/tables";
import type { TableName } from "../schema/types";
import { ruleContext, type Rule, type ValidateInput } from "./context";
import { masterListRule, notInterviewedRule, silentCustomerRule, underVisitedRule } from "./customers";
import { closeBeforeOpenRule, futureDateRule } from "./dates";
import type { Finding } from "./finding";
import { duplicateKeyRule } from "./keys";
import { inactiveRule, listRule, regionRule } from "./lists";
import { marginRule } from "./margin";
import { escalationRule } from "./market";
import { decompositionRule } from "./decomposition";
import { periodRule } from "./periods";
import { notReportedRule } from "./reporting";
import { requiredRule } from "./required";
import { scoreRule } from "./scores";
import { signOffRule } from "./signoff";
import { missedVisitRule, unplannedVisitRule, visitOnLeaveRule } from "./visits";

export type { ValidateInput } from "./context";
export { describeFinding } from "./describe";

/** Every rule family, in code order. */
export const RULES: readonly Rule[] = [
  requiredRule,
  listRule,
  duplicateKeyRule,
  futureDateRule,
  periodRule,
  escalationRule,
  closeBeforeOpenRule,
  scoreRule,
  unplannedVisitRule,
  missedVisitRule,
  signOffRule,
  regionRule,
  decompositionRule,
  visitOnLeaveRule,
  marginRule,
  inactiveRule,
  notReportedRule,
  silentCustomerRule,
  notInterviewedRule,
  masterListRule,
  underVisitedRule,
];

const TABLE_ORDER = new Map<TableName, number>(TABLES.map((t, i) => [t.name, i]));
const COLUMN_ORDER = new Map<string, number>(
  TABLES.flatMap((t) => t.columns.map((c, i): [string, number] => [`${t.name}.${c.key}`, i])),
);

/** Sorts findings by table, row (findings about a person, row null, last), column, code; stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({
    f,
    i,
    table: TABLE_ORDER.get(f.table) ?? TABLES.length,
    row: f.row ?? Infinity,
    column: f.column === null ? -1 : (COLUMN_ORDER.get(`${f.table}.${f.column}`) ?? Infinity),
  }));
  keyed.sort(
    (a, b) =>
      a.table - b.table ||
      (a.row === b.row ? 0 : a.row < b.row ? -1 : 1) ||
      (a.column === b.column ? 0 : a.column < b.column ? -1 : 1) ||
      (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}

/**
 * Validates a read book: the reader's findings plus every rule of SPEC §2, sorted. Never changes
 * the book and never throws on people's data.
 *
 * @example validateBook({ book, readFindings, index, calendar, today, signOffOverdueDays: 2 })
 *   // [{ code: "E01", table: "DailyReport", row: 7, column: "salesperson", … }, …]
 */
export function validateBook(input: ValidateInput): Finding[] {
  const context = ruleContext(input);
  const findings: Finding[] = [...input.readFindings];
  for (const rule of RULES) for (const f of rule(context)) findings.push(f);
  return sortFindings(findings);
}
