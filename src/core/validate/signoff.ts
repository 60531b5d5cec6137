/** W03: a plan or report row older than the sign-off allowance (working days) with no Approved by. */
import { countWorkingDays, isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import type { TableName } from "../schema/types";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

interface Signable {
  readonly row: number;
  readonly date: Day | null;
  readonly approvedBy: string | null;
  readonly unreadable: ReadonlySet<string>;
}

/**
 * W03 on a VisitPlan or DailyReport row whose date lies more than `signOffOverdueDays` working days
 * before today (counting the working days after the row's date up to and including today) and
 * whose Approved by is empty.
 */
export function signOffRule({ book, calendar, today, signOffOverdueDays }: RuleContext): Finding[] {
  // Rows share few distinct dates: count each date's working-day age once.
  const ageOf = new Map<Day, number>();
  const age = (date: Day): number => {
    let value = ageOf.get(date);
    if (value === undefined) {
      value = date >= today ? 0 : countWorkingDays(calendar, date + 1, today);
      ageOf.set(date, value);
    }
    return value;
  };
  const findings: Finding[] = [];
  const check = (table: TableName, rows: readonly Signable[]): void => {
    for (const row of rows) {
      if (row.date === null || row.approvedBy !== null || row.unreadable.has("approvedBy")) continue;
      const days = age(row.date);
      if (days <= signOffOverdueDays) continue;
      findings.push(
        findingAt(
          "W03",
          { table, row: row.row, column: "approvedBy", value: null },
          { args: { date: isoOfDay(row.date), days, allowed: signOffOverdueDays } },
        ),
      );
    }
  };
  check("VisitPlan", book.visitPlan);
  check("DailyReport", book.dailyReport);
  return findings;
}
