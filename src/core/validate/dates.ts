/**
 * Dates that cannot be right: E05 (a report, market item or complaint dated after today, or closed
 * after today) and E08 (closed before it was opened or received).
 */
import { isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import type { TableName } from "../schema/types";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** A dated table: which column opens an item, which (if any) closes it. */
interface DatedTable {
  readonly table: TableName;
  readonly openColumn: "date" | "received";
  readonly rows: readonly { readonly row: number; readonly closedOn?: Day | null }[];
  readonly opened: (index: number) => Day | null;
}

function datedTables({ book }: RuleContext): DatedTable[] {
  const { dailyReport, marketReport, complaints } = book;
  return [
    { table: "DailyReport", openColumn: "date", rows: dailyReport, opened: (i) => dailyReport[i].date },
    { table: "MarketReport", openColumn: "date", rows: marketReport, opened: (i) => marketReport[i].date },
    { table: "Complaints", openColumn: "received", rows: complaints, opened: (i) => complaints[i].received },
  ];
}

/** E05 on a report, market item or complaint dated (or closed) after today. */
export function futureDateRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const args = { today: isoOfDay(context.today) };
  for (const { table, openColumn, rows, opened } of datedTables(context)) {
    for (let i = 0; i < rows.length; i++) {
      const { row, closedOn = null } = rows[i];
      const openedOn = opened(i);
      if (openedOn !== null && openedOn > context.today)
        findings.push(findingAt("E05", { table, row, column: openColumn, value: openedOn }, { args }));
      if (closedOn !== null && closedOn > context.today)
        findings.push(findingAt("E05", { table, row, column: "closedOn", value: closedOn }, { args }));
    }
  }
  return findings;
}

/** E08 on a close date before its open/received date. */
export function closeBeforeOpenRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { table, openColumn, rows, opened } of datedTables(context)) {
    if (table === "DailyReport") continue;
    for (let i = 0; i < rows.length; i++) {
      const { row, closedOn = null } = rows[i];
      const openedOn = opened(i);
      if (openedOn === null || closedOn === null || closedOn >= openedOn) continue;
      findings.push(
        findingAt(
          "E08",
          { table, row, column: "closedOn", value: closedOn },
          { args: { openColumn, opened: isoOfDay(openedOn) } },
        ),
      );
    }
  }
  return findings;
}
