/**
 * Dates that cannot be right: E05 (a report, market item, complaint, survey or lost customer dated
 * after today, or closed, interviewed or won back after today) and E08 (closed, interviewed or won
 * back before it was opened, received or lost).
 */
import { isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import type { TableName } from "../schema/types";
import { rowsOf } from "./bookRows";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** A dated table: which column opens an item, which columns follow it (and may not precede it). */
interface DatedTable {
  readonly table: TableName;
  readonly openColumn: string;
  readonly laterColumns: readonly string[];
}

const DATED_TABLES: readonly DatedTable[] = [
  { table: "DailyReport", openColumn: "date", laterColumns: [] },
  { table: "MarketReport", openColumn: "date", laterColumns: ["closedOn"] },
  { table: "Complaints", openColumn: "received", laterColumns: ["closedOn"] },
  { table: "Satisfaction", openColumn: "date", laterColumns: [] },
  { table: "LostCustomers", openColumn: "lostOn", laterColumns: ["interviewedOn", "wonBackOn"] },
];

const dayIn = (value: unknown): Day | null => (typeof value === "number" ? value : null);

/** E05 on a dated row (or its close, interview or win-back date) after today. */
export function futureDateRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const args = { today: isoOfDay(context.today) };
  for (const { table, openColumn, laterColumns } of DATED_TABLES) {
    for (const row of rowsOf(context.book, table)) {
      for (const column of [openColumn, ...laterColumns]) {
        const day = dayIn(row[column]);
        if (day !== null && day > context.today)
          findings.push(findingAt("E05", { table, row: row.row, column, value: day }, { args }));
      }
    }
  }
  return findings;
}

/** E08 on a close (interview, win-back) date before its open/received/lost date. */
export function closeBeforeOpenRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { table, openColumn, laterColumns } of DATED_TABLES) {
    if (laterColumns.length === 0) continue;
    for (const row of rowsOf(context.book, table)) {
      const openedOn = dayIn(row[openColumn]);
      if (openedOn === null) continue;
      for (const column of laterColumns) {
        const day = dayIn(row[column]);
        if (day === null || day >= openedOn) continue;
        findings.push(
          findingAt(
            "E08",
            { table, row: row.row, column, value: day },
            { args: { openColumn, opened: isoOfDay(openedOn) } },
          ),
        );
      }
    }
  }
  return findings;
}
