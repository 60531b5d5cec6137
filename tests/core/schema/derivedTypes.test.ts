/**
 * The schema is the one declaration of table names, column keys and row types: each `@ts-expect-error`
 * below is a mistake `npm run typecheck` must reject (were it accepted, the directive itself would fail
 * the type check). The run-time expectations check that the types describe the schema's values.
 */
import type { DailyReportRow, LostCustomerRow, RowOf } from "../../../src/core/model";
import { columnRef } from "../../../src/core/plan/tableRefs";
import { templateHeaders } from "../../../src/core/read/columnHeaders";
import { DAILY_REPORT, TABLES, tableDef } from "../../../src/core/schema/tables";
import type { ColumnDef, ColumnKey, TableDef, TableName } from "../../../src/core/schema/types";
import { dailyReport, lostCustomer } from "../../support/rows";

describe("types derived from the schema", () => {
  it("names the tables tables.ts declares, and no others", () => {
    const names: TableName[] = ["DailyReport", "LostCustomers"];
    // @ts-expect-error "Orders" is not a template table.
    const wrong: TableName = "Orders";
    expect(TABLES.map((t) => t.name)).toEqual(expect.arrayContaining(names));
    expect(TABLES.map((t) => t.name)).not.toContain(wrong);
  });

  it("keys a table's columns by the keys tables.ts gives them", () => {
    const key: ColumnKey<"DailyReport"> = "orderAmount";
    // @ts-expect-error a misspelt key.
    const misspelt: ColumnKey<"DailyReport"> = "orderAmmount";
    // @ts-expect-error a key of another table (Targets has `target`, the daily report has not).
    const foreign: ColumnKey<"DailyReport"> = "target";
    const keys: string[] = DAILY_REPORT.columns.map((c) => c.key);
    expect(keys).toContain(key);
    expect(keys).not.toContain(misspelt);
    expect(keys).not.toContain(foreign);
    expect(tableDef("Targets").uniqueKey).toEqual([
      "period",
      "salesperson",
      "dealer",
      "region",
      "product",
      "metric",
    ]);
  });

  it("refuses a formula reference to a column the table does not have", () => {
    const headers = templateHeaders("en");
    expect(columnRef(headers, "DailyReport", "orderAmount")).toBe("DailyReport[Order amount]");
    // @ts-expect-error Complaints has no order amount.
    expect(() => columnRef(headers, "Complaints", "orderAmount")).toThrow(
      "Complaints has no column orderAmount",
    );
  });

  it("types each field of a row by its column: dates and amounts as numbers, enumerations as their keys", () => {
    const report: DailyReportRow = dailyReport({ orderAmount: 1200, attendance: "present" });
    const amount: number | null = report.orderAmount;
    const attendance: "present" | "businessTrip" | "leave" | "absent" | null = report.attendance;
    // @ts-expect-error an amount is a number, not text.
    const asText: string | null = report.orderAmount;
    // @ts-expect-error "late" is not an attendance.
    const late: DailyReportRow["attendance"] = "late";
    // @ts-expect-error a misspelt field.
    void report.orderAmmount;
    const lost: LostCustomerRow = lostCustomer({ reason: "price" });
    // @ts-expect-error the lost customer's owner is free text, not a number.
    const owner: number | null = lost.owner;
    expect([amount, attendance, asText, late, owner, lost.reason]).toEqual([
      1200,
      "present",
      1200,
      "late",
      null,
      "price",
    ]);
  });

  it("has a field for every column of every table, and no other", () => {
    type Fields<T extends TableName> = Exclude<keyof RowOf[T], "row" | "unreadable">;
    const complaint: Record<Fields<"Complaints">, true> = {
      received: true,
      customer: true,
      salesperson: true,
      product: true,
      type: true,
      description: true,
      severity: true,
      handler: true,
      action: true,
      closedOn: true,
      customerSatisfied: true,
    };
    expect(Object.keys(complaint)).toEqual(tableDef("Complaints").columns.map((c) => c.key));
  });

  it("lets a table's unique key name only that table's columns", () => {
    const columns: readonly ColumnDef<"date" | "customer">[] = [];
    const good: TableDef<"Survey", ColumnDef<"date" | "customer">> = {
      name: "Survey",
      sheet: { en: "Survey", zh: "调查" },
      columns,
      uniqueKey: ["date", "customer"],
    };
    const bad: TableDef<"Survey", ColumnDef<"date" | "customer">> = {
      ...good,
      // @ts-expect-error the survey has no salesperson column.
      uniqueKey: ["date", "salesperson"],
    };
    expect(bad.uniqueKey).not.toEqual(good.uniqueKey);
  });
});
