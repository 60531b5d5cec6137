/**
 * Rows whose people-typed text is a formula in disguise (`=`, `+`, `-`, `@`, tab, carriage return),
 * placed where SalesPace copies text into its own sheets: a salesperson's name (scorecard, facts,
 * weekly report), report fields, a market item and a complaint that the weekly report lists, and a
 * money cell that the Validation sheet quotes back.
 */
import type { TableName } from "../../src/core/schema/types";
import { TABLES } from "../../src/core/schema/tables";
import { FORMULA_LIKE } from "./cells";

/** What these rows hold: text and numbers, as both the Excel double and the xlsx adapter take them. */
type CellValue = string | number;

/** Text that would betray a payload that became a formula. */
export const PAYLOAD_MARKERS = ["evil.example", "cmd|", "1+1", "2+3", "SUM(A1:A9)"] as const;

/** A formula with its string literals ("…", quotes doubled inside) taken out: what would run. */
export function outsideLiterals(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** The first characters that make a spreadsheet treat typed text as a formula. */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

function blank(table: TableName): CellValue[] {
  return new Array(TABLES.find((t) => t.name === table)!.columns.length).fill("");
}

function put(table: TableName, values: Record<string, CellValue>): CellValue[] {
  const def = TABLES.find((t) => t.name === table)!;
  const row = blank(table);
  for (const [key, value] of Object.entries(values)) {
    const i = def.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key} in ${table}`);
    row[i] = value;
  }
  return row;
}

/**
 * Rows to append, per table (English labels), around a customer that exists in the workbook.
 * `day` is a recent working day (reported on, still open).
 */
export function injectedRows(
  customer: string,
  region: string,
  day: number,
): Record<TableName, CellValue[][]> {
  const rows: Record<string, CellValue[][]> = {
    Salespeople: [],
    DailyReport: [],
    MarketReport: [],
    Complaints: [],
  };
  FORMULA_LIKE.forEach((payload, i) => {
    rows.Salespeople.push(put("Salespeople", { id: `INJ${i}`, name: payload, region, active: "Y" }));
    rows.DailyReport.push(
      put("DailyReport", {
        date: day,
        salesperson: payload,
        attendance: "Present",
        customer,
        purpose: "Order",
        result: payload,
        orderAmount: 100 + i,
        customerFeedback: payload,
        competitorInfo: payload,
        insight: payload,
        comment: payload,
      }),
    );
    // A money cell holding the text: the Validation sheet quotes it back (E02).
    rows.DailyReport.push(
      put("DailyReport", {
        date: day,
        salesperson: payload,
        attendance: "Present",
        customer,
        orderAmount: payload,
      }),
    );
    rows.MarketReport.push(
      put("MarketReport", {
        date: day,
        reporter: payload,
        region,
        customer,
        category: "Other",
        competitor: payload,
        description: payload,
        severity: "Severe",
        affectsSales: "Y",
        action: payload,
        status: "Open",
      }),
    );
    rows.Complaints.push(
      put("Complaints", {
        received: day,
        customer,
        salesperson: payload,
        type: "Quality",
        description: payload,
        severity: "Severe",
        handler: payload,
        action: payload,
      }),
    );
  });
  return rows as Record<TableName, CellValue[][]>;
}
