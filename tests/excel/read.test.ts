/** Reading template tables within Excel's limits (SPEC §5): few requests, none over 5 MB. */
import { createExcelPort } from "../../src/excel";
import type { Progress } from "../../src/core/actions/port";
import { PAYLOAD_LIMIT_BYTES, createExcelDouble } from "../../src/excel-double";
import type { CellValue } from "../../src/excel-double";

const HEADERS = [
  "Date",
  "Salesperson",
  "Attendance",
  "Customer",
  "Purpose",
  "Result",
  "Product",
  "Order amount",
  "Gross margin",
  "Collection",
  "New outlet",
  "Complaint handled",
  "Expense",
  "Competitor info",
  "Customer feedback",
  "Customer news",
  "Insight",
  "Approved by",
  "Comment",
];

/** A report row as people type it: Chinese names, a few amounts, some remarks. */
function reportRow(i: number): CellValue[] {
  return [
    46000 + (i % 250),
    `销售员${i % 200}`,
    "出勤",
    `客户${i % 5000}`,
    "订货",
    i % 3 === 0 ? "已下单" : "洽谈中",
    `产品${i % 40}`,
    (i % 97) * 120.5,
    (i % 97) * 30,
    i % 11 === 0 ? 800 : "",
    i % 50 === 0 ? "Y" : "N",
    "",
    (i % 13) * 5,
    i % 7 === 0 ? "竞品降价5%" : "",
    i % 9 === 0 ? "希望加快交货" : "",
    "",
    "",
    i % 4 === 0 ? "张主任" : "",
    "",
  ];
}

describe("readTables", () => {
  it("reads a 400,000-row DailyReport in about as many requests as its size in 5 MB, none over the cap", async () => {
    const excel = createExcelDouble({ sheets: ["Daily Report"] });
    const rows = Array.from({ length: 400_000 }, (_, i) => reportRow(i));
    excel.workbook.putTable("Daily Report", "DailyReport", "A3", HEADERS, rows);
    const progress: Progress[] = [];
    const [table] = await createExcelPort(excel.host).readTables(["DailyReport"], (p) => progress.push(p));

    expect(table.rows).toHaveLength(400_000);
    expect(table.rows[123_456]).toEqual(reportRow(123_456));
    expect(table).toMatchObject({
      table: "DailyReport",
      sheet: "Daily Report",
      headerRow: 3,
      firstColumn: 0,
    });
    expect(table.headers).toEqual(HEADERS);

    const { perSync, requestBytes, responseBytes } = excel.counters;
    // Every request counts, the metadata too: within 1.1 × the fewest the 5 MB cap allows.
    const minimum = Math.ceil((requestBytes + responseBytes) / PAYLOAD_LIMIT_BYTES);
    expect(perSync.length).toBeLessThanOrEqual(1.1 * minimum);
    expect(perSync.every((s) => !s.failed && s.requestBytes + s.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(
      true,
    );
    expect(progress.at(-1)).toEqual({ step: "read", done: 400_000, total: 400_000 });
  }, 120_000);

  it("reads several small tables together and leaves out tables the workbook lacks", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "Salespeople", "B2", ["Name", "Region"], [["王伟", "East"]]);
    excel.workbook.putTable("Sheet1", "Products", "E2", ["Name"], [["茶"], ["水"]]);

    const tables = await createExcelPort(excel.host).readTables(["Salespeople", "Products", "Targets"]);

    expect(tables.map((t) => t.table)).toEqual(["Salespeople", "Products"]);
    expect(tables[0]).toMatchObject({ headerRow: 2, firstColumn: 1, rows: [["王伟", "East"]] });
    expect(tables[1].rows).toEqual([["茶"], ["水"]]);
    // Asked for by name (refused: Targets is missing), then listed, then probed.
    expect(excel.counters.perSync.map((s) => s.failed)).toEqual([true, false, false]);
  });

  it("reads a set-up workbook's tables in one request when they are small: no listing first", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "Salespeople", "B2", ["Name", "Region"], [["王伟", "East"]]);
    excel.workbook.putTable("Sheet1", "Products", "E2", ["Name"], [["茶"], ["水"]]);

    const tables = await createExcelPort(excel.host).readTables(["Salespeople", "Products"]);

    expect(tables.map((t) => t.rows)).toEqual([[["王伟", "East"]], [["茶"], ["水"]]]);
    expect(excel.counters.syncs).toBe(1);
  });

  it("asks again with a small sample when the first rows are far wider than guessed", async () => {
    const excel = createExcelDouble();
    const rows = Array.from({ length: 3_000 }, (_, i) => [i, "很长的客户意见".repeat(150)]);
    excel.workbook.putTable("Sheet1", "DailyReport", "A1", ["Row", "Customer feedback"], rows);

    const [table] = await createExcelPort(excel.host).readTables(["DailyReport"]);

    expect(table.rows).toEqual(rows);
    expect(excel.counters.perSync[0].failed).toBe(true);
    expect(
      excel.counters.perSync
        .filter((s) => !s.failed)
        .every((s) => s.requestBytes + s.responseBytes <= PAYLOAD_LIMIT_BYTES),
    ).toBe(true);
  });

  it("retries in smaller requests when later rows are much wider than the first ones", async () => {
    const excel = createExcelDouble();
    const rows = Array.from({ length: 12_000 }, (_, i) => [i, i < 300 ? "短" : "很长的客户意见".repeat(40)]);
    excel.workbook.putTable("Sheet1", "DailyReport", "A1", ["Row", "Customer feedback"], rows);

    const [table] = await createExcelPort(excel.host).readTables(["DailyReport"]);

    expect(table.rows).toEqual(rows);
    const { perSync } = excel.counters;
    expect(perSync.some((s) => s.failed)).toBe(true);
    expect(
      perSync.filter((s) => !s.failed).every((s) => s.requestBytes + s.responseBytes <= PAYLOAD_LIMIT_BYTES),
    ).toBe(true);
  });

  it("sees rows a colleague added between two reads", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "DailyReport", "A1", ["Date", "Salesperson"], [[46353, "王伟"]]);
    const port = createExcelPort(excel.host);
    expect((await port.readTables(["DailyReport"]))[0].rows).toHaveLength(1);

    excel.inject.colleagueAppends(1, "DailyReport", [[46354, "李娜"]]);
    const [again] = await port.readTables(["DailyReport"]);

    expect(again.rows).toEqual([
      [46353, "王伟"],
      [46354, "李娜"],
    ]);
  });
});
