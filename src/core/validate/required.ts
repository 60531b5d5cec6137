/**
 * E01: a required field is empty. Required columns come from the schema; a visit (a DailyReport
 * row with a customer on a day at work) also needs its purpose.
 */
import { TABLES } from "../schema/tables";
import type { TableDef } from "../schema/types";
import { rowsOf, type AnyRow } from "./bookRows";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** A row with nothing in it is not data (Excel tables often end in blank rows): no E01 for it. */
function isBlank(row: AnyRow, def: TableDef): boolean {
  if (row.unreadable.size > 0) return false;
  for (const column of def.columns)
    if (row[column.key] !== null && row[column.key] !== undefined) return false;
  return true;
}

const isEmpty = (row: AnyRow, key: string): boolean =>
  (row[key] === null || row[key] === undefined) && !row.unreadable.has(key);

/** E01 on every required cell left empty, and on a visit without a purpose. */
export function requiredRule({ book }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const def of TABLES) {
    const required = def.columns.filter((c) => c.required).map((c) => c.key);
    for (const row of rowsOf(book, def.name)) {
      if (isBlank(row, def)) continue;
      for (const key of required) {
        if (isEmpty(row, key))
          findings.push(findingAt("E01", { table: def.name, row: row.row, column: key, value: null }));
      }
    }
  }
  for (const row of book.dailyReport) {
    const atWork = row.attendance === "present" || row.attendance === "businessTrip";
    if (atWork && row.customer !== null && row.purpose === null && !row.unreadable.has("purpose")) {
      findings.push(
        findingAt(
          "E01",
          { table: "DailyReport", row: row.row, column: "purpose", value: null },
          { detail: "visitPurpose", args: { customer: row.customer } },
        ),
      );
    }
  }
  return findings;
}
