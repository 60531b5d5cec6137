/**
 * Plan against report: W01 (unplanned visit), W02 (missed visit), W06 (visit on a day marked Leave
 * or Absent). Plans and reports are indexed by salesperson and day once, so each rule is one pass.
 */
import { isoOfDay } from "../periods";
import type { DailyReportRow } from "../model";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

const SEP = "\u0000";

/** A report row that records a visit: dated, by a salesperson, to a customer. */
function isVisit(
  row: DailyReportRow,
): row is DailyReportRow & { date: number; salesperson: string; customer: string } {
  return row.date !== null && row.salesperson !== null && row.customer !== null;
}

/** W01 on a report row whose customer is not in that salesperson's plan for that day. */
export function unplannedVisitRule({ book, nameKey }: RuleContext): Finding[] {
  const planned = new Set<string>();
  for (const p of book.visitPlan) {
    if (p.date === null || p.salesperson === null || p.customer === null) continue;
    planned.add(
      nameKey("salespeople", p.salesperson) + SEP + p.date + SEP + nameKey("customers", p.customer),
    );
  }
  const findings: Finding[] = [];
  for (const row of book.dailyReport) {
    if (!isVisit(row)) continue;
    const key =
      nameKey("salespeople", row.salesperson) + SEP + row.date + SEP + nameKey("customers", row.customer);
    if (planned.has(key)) continue;
    findings.push(
      findingAt(
        "W01",
        { table: "DailyReport", row: row.row, column: "customer", value: row.customer },
        { args: { salesperson: row.salesperson, date: isoOfDay(row.date) } },
      ),
    );
  }
  return findings;
}

/** W02 on a planned visit dated before today that no report row records. */
export function missedVisitRule({ book, nameKey, today }: RuleContext): Finding[] {
  const reported = new Set<string>();
  for (const row of book.dailyReport) {
    if (!isVisit(row)) continue;
    reported.add(
      nameKey("salespeople", row.salesperson) + SEP + row.date + SEP + nameKey("customers", row.customer),
    );
  }
  const findings: Finding[] = [];
  for (const p of book.visitPlan) {
    if (p.date === null || p.date >= today || p.salesperson === null || p.customer === null) continue;
    const key = nameKey("salespeople", p.salesperson) + SEP + p.date + SEP + nameKey("customers", p.customer);
    if (reported.has(key)) continue;
    findings.push(
      findingAt(
        "W02",
        { table: "VisitPlan", row: p.row, column: "customer", value: p.customer },
        { args: { salesperson: p.salesperson, date: isoOfDay(p.date) } },
      ),
    );
  }
  return findings;
}

/** W06 on a visit recorded on a day the same salesperson is marked Leave or Absent. */
export function visitOnLeaveRule({ book, nameKey }: RuleContext): Finding[] {
  const offDays = new Map<string, number>();
  for (const row of book.dailyReport) {
    if (row.date === null || row.salesperson === null) continue;
    if (row.attendance !== "leave" && row.attendance !== "absent") continue;
    const key = nameKey("salespeople", row.salesperson) + SEP + row.date;
    if (!offDays.has(key)) offDays.set(key, row.row);
  }
  if (offDays.size === 0) return [];
  const findings: Finding[] = [];
  for (const row of book.dailyReport) {
    if (!isVisit(row)) continue;
    const offRow = offDays.get(nameKey("salespeople", row.salesperson) + SEP + row.date);
    if (offRow === undefined) continue;
    findings.push(
      findingAt(
        "W06",
        { table: "DailyReport", row: row.row, column: "customer", value: row.customer },
        { args: { salesperson: row.salesperson, date: isoOfDay(row.date), offRow } },
      ),
    );
  }
  return findings;
}
