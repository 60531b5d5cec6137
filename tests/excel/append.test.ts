/** Appending rows below a table, safe for co-authors (SPEC §6: never rewrite an input table). */
import { isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES, createExcelDouble } from "../../src/excel-double";

describe("appendRows", () => {
  it("writes below the last row and leaves existing rows alone", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable(
      "Sheet1",
      "VisitPlan",
      "A1",
      ["Date", "Salesperson", "Customer"],
      [[46353, "王伟", "华联超市"]],
    );

    await createExcelPort(excel.host).appendRows("VisitPlan", [
      [46354, "李娜", "大润发"],
      [46354, "李娜", null],
    ]);

    expect(excel.workbook.tableRows("VisitPlan")).toEqual([
      [46353, "王伟", "华联超市"],
      [46354, "李娜", "大润发"],
      [46354, "李娜", ""],
    ]);
  });

  it("gives appended rows the number format of the table's columns, as Excel does when a table grows", async () => {
    const excel = createExcelDouble();
    const table = excel.workbook.putTable(
      "Sheet1",
      "VisitPlan",
      "B3",
      ["Date", "Salesperson"],
      [[46353, "王伟"]],
    );
    table.sheet.formats.push({ rect: { top: 3, left: 1, bottom: 3, right: 1 }, format: "yyyy-mm-dd" });

    await createExcelPort(excel.host).appendRows("VisitPlan", [
      [46354, "李娜"],
      [46355, "赵强"],
    ]);

    expect([4, 5].map((row) => table.sheet.numberFormat(row, 1))).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
    // Salesperson is a text column of the schema: it gets "@" before its values are written (issue 12).
    expect(table.sheet.numberFormat(4, 2)).toBe("@");
  });

  it("fills a new table's empty first row instead of leaving a gap", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "VisitPlan", "A1", ["Date", "Salesperson"], []);

    await createExcelPort(excel.host).appendRows("VisitPlan", [[46354, "李娜"]]);

    expect(excel.workbook.tableRows("VisitPlan")).toEqual([[46354, "李娜"]]);
  });

  it("keeps rows a colleague added between two requests and adds its own after them", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable(
      "Sheet1",
      "DailyReport",
      "A1",
      ["Date", "Salesperson", "Insight"],
      [[46353, "王伟", ""]],
    );
    const rows = Array.from({ length: 60_000 }, (_, i) => [46354, `销售员${i}`, "x".repeat(60)]);
    // Sync 1 looks at the table; before sync 2 (the first chunk) and sync 3 a colleague adds a row.
    excel.inject.colleagueAppends(2, "DailyReport", [[46355, "同事甲", "co-author"]]);
    excel.inject.colleagueAppends(3, "DailyReport", [[46355, "同事乙", "co-author"]]);

    await createExcelPort(excel.host).appendRows("DailyReport", rows);

    const table = excel.workbook.tableRows("DailyReport");
    expect(table).toHaveLength(1 + 2 + rows.length);
    expect(table.filter((r) => r[2] === "co-author").map((r) => r[1])).toEqual(["同事甲", "同事乙"]);
    expect(table.filter((r) => String(r[1]).startsWith("销售员")).map((r) => r[1])).toEqual(
      rows.map((r) => r[1]),
    );
    expect(excel.counters.syncs).toBeGreaterThan(2);
    expect(excel.counters.perSync.every((s) => s.requestBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it("says which table is missing when appending to a workbook that is not set up", async () => {
    const excel = createExcelDouble();
    const error = await createExcelPort(excel.host)
      .appendRows("VisitPlan", [[1]])
      .catch((e: unknown) => e);
    expect(isSalesPaceError(error, "NotSetUp")).toBe(true);
    expect((error as Error).message).toMatch(/adding rows to VisitPlan/);
  });
});
