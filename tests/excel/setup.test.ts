/** Set-up over Office.js (SPEC §1): adds what is missing, never touches people's rows. */
import { isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { LISTS_SHEET, column, setupPlan } from "./plans";

describe("applySetup", () => {
  it("sets up an empty workbook in at most 3 syncs", async () => {
    const excel = createExcelDouble();
    const report = await createExcelPort(excel.host).applySetup(setupPlan());

    expect(excel.counters.syncs).toBeLessThanOrEqual(3);
    expect(report.sheetsAdded).toEqual(["Lists", "Daily Report"]);
    expect(report.tablesAdded).toEqual(["Salespeople", "Products", "DailyReport"]);
    expect(excel.workbook.dump("Daily Report")[0]).toEqual([
      "Date",
      "Salesperson",
      "Order amount",
      "Customer feedback",
    ]);
    expect(excel.workbook.dump("Lists")[0]).toEqual([
      "Name",
      "Region",
      "Active",
      "",
      "",
      "Name",
      "Unit price",
    ]);
    expect(excel.workbook.table("DailyReport")!.style).toBe("TableStyleMedium2");
    expect(excel.workbook.names.get("sp_salespeople")!.formula).toBe("=Salespeople[Name]");
    expect(excel.workbook.sheet("Daily Report")!.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("puts validation, input messages, formats and widths on each column's data body", async () => {
    const excel = createExcelDouble();
    const report = await createExcelPort(excel.host).applySetup(setupPlan());

    const sheet = excel.workbook.sheet("Daily Report")!;
    const salesperson = sheet.validations.find((v) => v.rect.left === 1)!;
    expect(salesperson.rect).toMatchObject({ top: 1, bottom: 1 });
    expect(salesperson.rule).toEqual({ list: { inCellDropDown: true, source: "=SP_Salespeople" } });
    expect(salesperson.prompt).toEqual({
      showPrompt: true,
      title: "Salesperson",
      message: "Fill in Salesperson.",
    });
    expect(sheet.validations.find((v) => v.rect.left === 2)!.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(sheet.validations.find((v) => v.rect.left === 3)!.rule).toBeNull();
    expect(sheet.numberFormat(1, 0)).toBe("yyyy-mm-dd");
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(0);
    expect(report.validationsAdded).toBe(9);
  });

  it("writes nothing when re-run on a complete workbook", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(setupPlan());
    excel.resetCounters();

    const report = await port.applySetup(setupPlan());

    expect(excel.counters.writes).toBe(0);
    expect(report).toEqual({ sheetsAdded: [], tablesAdded: [], columnsAdded: [], validationsAdded: 0 });
  });

  it("adds a missing table and missing columns to an older workbook and keeps people's rows", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable(
      "Daily Report",
      "DailyReport",
      "A1",
      ["Date", "Salesperson"],
      [
        [46353, "王伟"],
        [46354, "李娜"],
      ],
    );
    excel.workbook.putTable(
      "Lists",
      "Salespeople",
      "A1",
      ["Name", "Region", "Active"],
      [["王伟", "East", "Y"]],
    );

    const report = await createExcelPort(excel.host).applySetup(setupPlan());

    expect(report.sheetsAdded).toEqual([]);
    expect(report.tablesAdded).toEqual(["Products"]);
    expect(report.columnsAdded).toEqual([
      { table: "DailyReport", header: "Order amount" },
      { table: "DailyReport", header: "Customer feedback" },
    ]);
    expect(excel.workbook.dump("Daily Report")).toEqual([
      ["Date", "Salesperson", "Order amount", "Customer feedback"],
      [46353, "王伟", "", ""],
      [46354, "李娜", "", ""],
    ]);
    expect(excel.workbook.tableRows("Salespeople")).toEqual([["王伟", "East", "Y"]]);
    // Existing columns without validation get it; the new columns get theirs.
    const rules = excel.workbook.sheet("Daily Report")!.validations.map((v) => [v.rect.left, v.rect.bottom]);
    expect(rules).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
        [2, 2],
        [3, 2],
      ]),
    );
  });

  it("recognises headers and sheet names in the other language as the same columns and sheets", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable(
      "基础资料",
      "Salespeople",
      "A1",
      ["姓名", "区域", "在职"],
      [["王伟", "华东", "是"]],
    );
    excel.workbook.putTable(
      "每日销售报告",
      "DailyReport",
      "A1",
      ["日期", "销售员", "订货金额", "客户意见"],
      [[46353, "王伟", 1200, "好"]],
    );

    const report = await createExcelPort(excel.host).applySetup(setupPlan(undefined, "姓名"));

    expect(report.sheetsAdded).toEqual([]);
    expect(report.columnsAdded).toEqual([]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "基础资料", "每日销售报告"]);
    expect(excel.workbook.dump("每日销售报告")[0]).toEqual(["日期", "销售员", "订货金额", "客户意见"]);
    expect(excel.workbook.names.get("sp_salespeople")!.formula).toBe("=Salespeople[姓名]");
  });

  it("mends a dropdown name that points at a header the table no longer has (left by an earlier version)", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(setupPlan());
    const table = excel.workbook.table("Salespeople")!;
    // As an earlier SalesPace left it: the header in one language, the name over the other.
    table.sheet.put(table.rect.top, table.rect.left, "姓名");
    excel.resetCounters();

    await port.applySetup(setupPlan(undefined, "姓名"));

    expect(excel.workbook.names.get("sp_salespeople")!.formula).toBe("=Salespeople[姓名]");
    expect(excel.counters.syncs).toBeLessThanOrEqual(4);
  });

  it("refuses a sheet of a template's name that holds other content (SheetNameTaken)", async () => {
    const excel = createExcelDouble();
    excel.workbook.addSheet("Lists").put(0, 0, "my own notes");

    const error = await createExcelPort(excel.host)
      .applySetup(setupPlan([LISTS_SHEET]))
      .catch((e: unknown) => e);

    expect(isSalesPaceError(error, "SheetNameTaken")).toBe(true);
    expect((error as Error).message).toMatch(/"Lists".*Rename or remove/);
    expect(excel.workbook.dump("Lists")).toEqual([["my own notes"]]);
    expect(excel.workbook.tables).toEqual([]);
  });

  it("uses an empty sheet of a template's name", async () => {
    const excel = createExcelDouble({ sheets: ["Lists"] });
    const report = await createExcelPort(excel.host).applySetup(setupPlan([LISTS_SHEET]));
    expect(report.tablesAdded).toEqual(["Salespeople", "Products"]);
  });

  it("skips data validation but sets up the tables when ExcelApi 1.8 is missing", async () => {
    const excel = createExcelDouble({ excelApi: "1.7" });
    const report = await createExcelPort(excel.host).applySetup(setupPlan());
    expect(report.tablesAdded).toHaveLength(3);
    expect(report.validationsAdded).toBe(0);
    expect(excel.workbook.sheet("Daily Report")!.validations).toEqual([]);
  });

  it("adds a column a newer schema has to a table in the other language", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Lists", "Salespeople", "A1", ["姓名", "区域"], [["王伟", "华东"]]);
    const plan = setupPlan([{ ...LISTS_SHEET, tables: [LISTS_SHEET.tables[0]] }], "姓名");
    const report = await createExcelPort(excel.host).applySetup(plan);
    expect(report.columnsAdded).toEqual([{ table: "Salespeople", header: column("Active", "在职").header }]);
    expect(excel.workbook.dump("Lists")).toEqual([
      ["姓名", "区域", "Active"],
      ["王伟", "华东", ""],
    ]);
  });
});
