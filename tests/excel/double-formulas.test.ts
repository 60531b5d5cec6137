/**
 * The double refuses every formula Excel would refuse — in cells, defined names, conditional formats
 * and validation sources — with the error code Office.js throws, so a broken reference cannot pass.
 */
import { createExcelDouble } from "../../src/excel-double";

type Ctx = Excel.RequestContext;

function bookWithTable() {
  return createExcelDouble({
    sheets: ["Sheet1"],
    tables: [
      {
        sheet: "基础资料",
        name: "Salespeople",
        anchor: "C4",
        headers: ["工号", "姓名", "Order #"],
        rows: [["S001", "王伟", 1]],
      },
    ],
  });
}

async function write(excel: ReturnType<typeof createExcelDouble>, batch: (context: Ctx) => void) {
  return excel.host.run(async (context: Ctx) => {
    batch(context);
    await context.sync();
  });
}

const cell = (context: Ctx) => context.workbook.worksheets.getItem("Sheet1").getRange("A1");

describe("Excel double: formulas are checked as Excel would", () => {
  it("takes formulas over existing tables, columns (any case, escapes honoured), sheets and names", async () => {
    const excel = bookWithTable();
    await write(excel, (context) => {
      context.workbook.names.add("SP_Salespeople", "=Salespeople[姓名]");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").formulas = [
        [
          "=COUNTA(salespeople[姓名])+SUM(Salespeople[Order '#])",
          "=ROWS(SP_Salespeople)",
          "='基础资料'!$C$4",
          '=IF(TRUE,"",1)',
        ],
      ];
    });
    expect(excel.workbook.dump("Sheet1")[0][1]).toBe("=ROWS(SP_Salespeople)");
  });

  it.each([
    ["a missing column", "=SUM(Salespeople[Name])", "no column"],
    ["a missing table", "=SUM(Sales[姓名])", "no table"],
    ["a missing sheet", "='计分卡'!A1", "no sheet"],
    ["an unknown function", "=SUMIFZ(A2:A3,1)", "no function"],
    ["an unknown name", "=SP_Nobody", "not a defined name"],
    ["an unbalanced parenthesis", "=SUM((1)", "not closed"],
  ])("refuses %s with InvalidArgument", async (_what, formula, why) => {
    const excel = bookWithTable();
    await expect(write(excel, (context) => (cell(context).formulas = [[formula]]))).rejects.toMatchObject({
      code: "InvalidArgument",
      message: expect.stringContaining(why),
    });
    expect(excel.workbook.dump("Sheet1")).toEqual([]);
  });

  it("refuses a 9,000-character formula with FormulaLengthExceedsLimit, and 65 nested levels", async () => {
    const excel = bookWithTable();
    const long = `=${"1+".repeat(4_499)}1`;
    expect(long.length).toBe(9_000);
    await expect(write(excel, (context) => (cell(context).formulas = [[long]]))).rejects.toMatchObject({
      code: "FormulaLengthExceedsLimit",
    });
    const nested = `=${"ABS(".repeat(65)}1${")".repeat(65)}`;
    await expect(write(excel, (context) => (cell(context).formulas = [[nested]]))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    const deepest = `=${"ABS(".repeat(64)}1${")".repeat(64)}`;
    await write(excel, (context) => (cell(context).formulas = [[deepest]]));
  });

  it("checks text starting with = written as values as Excel parses it, but not on a cell formatted as text", async () => {
    const excel = bookWithTable();
    await expect(
      write(excel, (context) => (cell(context).values = [["=SUM(Salespeople[Name])"]])),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    // Excel takes an unknown name in typed text: the cell becomes a formula (#NAME?), the text is lost.
    await write(excel, (context) => (cell(context).values = [["=老价格能不能再保持一个月"]]));
    expect(excel.workbook.sheet("Sheet1")!.formula(0, 0)).toBe("=老价格能不能再保持一个月");
    await write(excel, (context) => {
      const range = cell(context);
      range.numberFormat = [["@"]];
      range.values = [["=NOPE(1)"]];
    });
    expect(excel.workbook.sheet("Sheet1")!.value(0, 0)).toBe("=NOPE(1)");
  });

  it("refuses a defined name over a missing column, when added and when its formula is changed", async () => {
    const excel = bookWithTable();
    await expect(
      write(excel, (context) => context.workbook.names.add("SP_Salespeople", "=Salespeople[Name]")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.workbook.names.size).toBe(0);
    await write(excel, (context) => context.workbook.names.add("SP_Salespeople", "=Salespeople[姓名]"));
    await expect(
      write(
        excel,
        (context) => (context.workbook.names.getItem("SP_Salespeople").formula = "=Salespeople[Name]"),
      ),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await write(
      excel,
      (context) => (context.workbook.names.getItem("SP_Salespeople").formula = "=Salespeople[工号]"),
    );
    expect(excel.workbook.names.get("sp_salespeople")!.formula).toBe("=Salespeople[工号]");
  });

  it("refuses a list validation over a name that does not exist, and a conditional format over a missing sheet", async () => {
    const excel = bookWithTable();
    await expect(
      write(excel, (context) => {
        cell(context).dataValidation.rule = { list: { inCellDropDown: true, source: "=SP_Customers" } };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await write(excel, (context) => {
      cell(context).dataValidation.rule = { list: { inCellDropDown: true, source: "Y,N" } };
    });
    await expect(
      write(excel, (context) => {
        const format = cell(context).conditionalFormats.add("Custom");
        format.custom.rule.formula = "='Nowhere'!A1>0";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
