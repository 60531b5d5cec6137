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

interface Dated {
  readonly row: number;
  readonly opened: Day | null;
  readonly closedOn: Day | null;
}

interface DatedTable {
  readonly table: TableName;
  readonly openColumn: string;
  readonly rows: readonly Dated[];
}

function datedTables({ book }: RuleContext): DatedTable[] {
  return [
    {
      table: "DailyReport",
      openColumn: "date",
      rows: book.dailyReport.map((r) => ({ row: r.row, opened: r.date, closedOn: null })),
    },
    {
      table: "MarketReport",
      openColumn: "date",
      rows: book.marketReport.map((r) => ({ row: r.row, opened: r.date, closedOn: r.closedOn })),
    },
    {
      table: "Complaints",
      openColumn: "received",
      rows: book.complaints.map((r) => ({ row: r.row, opened: r.received, closedOn: r.closedOn })),
    },
  ];
}

/** E05 on a report, market item or complaint dated (or closed) after today. */
export function futureDateRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const args = { today: isoOfDay(context.today) };
  for (const { table, openColumn, rows } of datedTables(context)) {
    for (const { row, opened, closedOn } of rows) {
      if (opened !== null && opened > context.today)
        findings.push(findingAt("E05", { table, row, column: openColumn, value: opened }, { args }));
      if (closedOn !== null && closedOn > context.today)
        findings.push(findingAt("E05", { table, row, column: "closedOn", value: closedOn }, { args }));
    }
  }
  return findings;
}

/** E08 on a close date before its open/received date. */
export function closeBeforeOpenRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { table, openColumn, rows } of datedTables(context)) {
    for (const { row, opened, closedOn } of rows) {
      if (opened === null || closedOn === null || closedOn >= opened) continue;
      findings.push(
        findingAt(
          "E08",
          { table, row, column: "closedOn", value: closedOn },
          { args: { openColumn, opened: isoOfDay(opened) } },
        ),
      );
    }
  }
  return findings;
}
