/**
 * A year of a 200-person team as raw grids (SPEC §5: 200 × 8 visits × 250 working days = 400,000
 * report rows), read by the real reader so validation sees rows shaped as in production.
 */
import type { SalesBook } from "../../../src/core/model";
import { readBook } from "../../../src/core/read";
import type { RawCell, RawTable } from "../../../src/core/read/raw";
import { tableDef } from "../../../src/core/schema/tables";
import type { TableName } from "../../../src/core/schema/types";
import { d } from "../../support/rows";

export const PEOPLE = 200;
export const VISITS = 8;
export const DAYS = 250;

function raw(table: TableName, rows: RawCell[][]): RawTable {
  const headers = tableDef(table).columns.map((c) => c.header.en);
  return { table, sheet: table, headerRow: 1, firstColumn: 0, headers, rows };
}

/** The year's book and the day after its last working day; one visit in a thousand names a misspelt customer. */
export function teamYear(): { book: SalesBook; today: number; typos: number } {
  const people = Array.from({ length: PEOPLE }, (_, p) => [`S${p}`, `销售${p}`, `区域${p % 8}`, "", "", "Y"]);
  const customers = Array.from({ length: PEOPLE * 10 }, (_, c) => [
    `C${c}`,
    `客户${c}`,
    "Outlet",
    `区域${Math.floor(c / 10) % 8}`,
    "",
    "",
    "Active",
  ]);
  const plan: RawCell[][] = [];
  const report: RawCell[][] = [];
  let typos = 0;
  let day = d("2026-01-05");
  for (let worked = 0; worked < DAYS; day++) {
    if ((((day - 2) % 7) + 7) % 7 >= 5) continue;
    worked++;
    for (let p = 0; p < PEOPLE; p++) {
      for (let v = 0; v < VISITS; v++) {
        const client = `客户${p * 10 + ((v + worked) % 10)}`;
        plan.push([day, `销售${p}`, client, "", `${9 + v}:00`, "Order", "", "主任", day]);
        const typo = report.length % 1000 === 999;
        if (typo) typos++;
        report.push([
          day,
          `销售${p}`,
          "Present",
          typo ? `${client}x` : client,
          "Order",
          "",
          "",
          1000,
          300,
          "",
          "N",
          "",
          50,
          "",
          "",
          "",
          "",
          "主任",
          "",
        ]);
      }
    }
  }
  const { book } = readBook([
    raw("Salespeople", people),
    raw("Customers", customers),
    raw("VisitPlan", plan),
    raw("DailyReport", report),
  ]);
  return { book, today: day, typos };
}
