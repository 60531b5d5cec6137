/**
 * Plan against report: W01 (unplanned visit), W02 (missed visit), W06 (visit on a day marked Leave
 * or Absent). Plans and reports are indexed by salesperson and day once, with numbers for keys, so
 * each rule is one pass over 400,000 rows without building a string per row.
 */
import { isoOfDay } from "../periods";
import type { DailyReportRow, VisitPlanRow } from "../model";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

type Dated<R> = R & { date: number; salesperson: string; customer: string };

/** A row naming a salesperson and a customer on a date: a visit (planned or reported). */
function isVisit<R extends VisitPlanRow | DailyReportRow>(row: R): row is Dated<R> {
  return row.date !== null && row.salesperson !== null && row.customer !== null;
}

/** Customers visited (or planned) per salesperson-day. */
class VisitIndex {
  private readonly byPersonDay = new Map<number, Set<number>>();
  constructor(private readonly context: RuleContext) {}

  personDay(row: { date: number; salesperson: string }): number {
    return this.context.personDay(row.salesperson, row.date);
  }
  add(row: Dated<VisitPlanRow | DailyReportRow>): void {
    const key = this.personDay(row);
    let customers = this.byPersonDay.get(key);
    if (customers === undefined) this.byPersonDay.set(key, (customers = new Set()));
    customers.add(this.context.nameId("customers", row.customer));
  }
  has(row: Dated<VisitPlanRow | DailyReportRow>): boolean {
    return (
      this.byPersonDay.get(this.personDay(row))?.has(this.context.nameId("customers", row.customer)) ?? false
    );
  }
}

/** W01 on a report row whose customer is not in that salesperson's plan for that day. */
export function unplannedVisitRule(context: RuleContext): Finding[] {
  const planned = new VisitIndex(context);
  for (const p of context.book.visitPlan) if (isVisit(p)) planned.add(p);
  const findings: Finding[] = [];
  for (const row of context.book.dailyReport) {
    if (!isVisit(row) || planned.has(row)) continue;
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
export function missedVisitRule(context: RuleContext): Finding[] {
  const reported = new VisitIndex(context);
  for (const row of context.book.dailyReport) if (isVisit(row)) reported.add(row);
  const findings: Finding[] = [];
  for (const p of context.book.visitPlan) {
    if (!isVisit(p) || p.date >= context.today || reported.has(p)) continue;
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
export function visitOnLeaveRule(context: RuleContext): Finding[] {
  const personDay = (row: { date: number; salesperson: string }): number =>
    context.personDay(row.salesperson, row.date);
  const offDays = new Map<number, number>();
  for (const row of context.book.dailyReport) {
    if (row.date === null || row.salesperson === null) continue;
    if (row.attendance !== "leave" && row.attendance !== "absent") continue;
    const key = personDay({ date: row.date, salesperson: row.salesperson });
    if (!offDays.has(key)) offDays.set(key, row.row);
  }
  if (offDays.size === 0) return [];
  const findings: Finding[] = [];
  for (const row of context.book.dailyReport) {
    if (!isVisit(row)) continue;
    const offRow = offDays.get(personDay(row));
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
