/**
 * What people do while SalesPace runs (issue 12, item 5): someone typing in a cell, and the other Excel
 * refusals a person can fix, each with a sentence that says what to do (en and zh).
 */
import { SalesPaceError, isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import { toSalesPaceError } from "../../src/excel/errors";
import { describeError } from "../../src/core/i18n/errorText";
import { OfficeErrorDouble, createExcelDouble } from "../../src/excel-double";

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("cell-edit mode", () => {
  it("the double fails a batch that does not ask to wait, as Excel does", async () => {
    const excel = createExcelDouble();
    excel.inject.cellEdit(true);

    const error = await excel.host
      .run(async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
      })
      .catch((e: unknown) => e);

    expect((error as OfficeErrorDouble).code).toBe("InvalidOperationInCellEditMode");
  });

  it("SalesPace waits while someone types in a cell and carries on when they leave it", async () => {
    const excel = createExcelDouble({
      tables: [
        { sheet: "每日销售报告", name: "DailyReport", anchor: "B3", headers: ["日期", "销售员"], rows: [] },
      ],
    });
    excel.inject.cellEdit(true);
    let done = false;

    const appending = createExcelPort(excel.host)
      .appendRows("DailyReport", [[46354, "李娜"]])
      .then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    excel.inject.cellEdit(false);
    await appending;

    expect(excel.workbook.tableRows("DailyReport")).toEqual([[46354, "李娜"]]);
  });

  it("someone who starts typing midway holds the next request instead of failing the run", async () => {
    const excel = createExcelDouble({
      tables: [{ sheet: "Daily Report", name: "DailyReport", headers: ["Date", "Insight"], rows: [] }],
    });
    const rows = Array.from({ length: 40_000 }, (_, i) => [46354 + (i % 5), `心得 ${"x".repeat(120)}`]);
    excel.inject.cellEditAtSync(2);

    const appending = createExcelPort(excel.host).appendRows("DailyReport", rows);
    await settle();
    excel.inject.cellEdit(false);
    await appending;

    expect(excel.workbook.tableRows("DailyReport")).toHaveLength(rows.length);
  });
});

describe("Excel's refusals become sentences that say what to do", () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ["InvalidOperationInCellEditMode", "CellEditing", /Press Enter or Esc/, /按 Enter 或 Esc/],
    ["ActivityLimitReached", "ExcelBusy", /Wait a minute/, /稍等一分钟/],
    ["MergedRangeConflict", "RangeConflict", /merged cells/, /合并单元格/],
    ["PivotTableRangeConflict", "PivotInTheWay", /PivotTable/, /数据透视表/],
    ["FormulaLengthExceedsLimit", "FormulaTooLong", /too long/, /过长/],
  ];

  it.each(cases)("%s → %s", (office, code, en, zh) => {
    const error = toSalesPaceError(new OfficeErrorDouble(office, "Excel said no."), "refreshing the rollups");

    expect(isSalesPaceError(error, code as SalesPaceError["code"])).toBe(true);
    expect((error as Error).message).toMatch(en);
    expect((error as Error).message).toContain("refreshing the rollups");
    expect(describeError(error, "zh").sentence).toMatch(zh);
    expect(describeError(error, "zh").detail).toContain(`${office}: Excel said no.`);
  });
});
