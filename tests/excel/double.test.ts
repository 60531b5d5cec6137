/**
 * The in-memory Excel behaves like Excel where src/excel depends on it; otherwise the adapter tests
 * would prove nothing.
 */
import { createExcelDouble } from "../../src/excel-double";

type Ctx = Excel.RequestContext;

async function run<T>(
  excel: ReturnType<typeof createExcelDouble>,
  batch: (context: Ctx) => Promise<T>,
): Promise<T> {
  return excel.host.run(batch);
}

describe("Excel double", () => {
  it("fails a request with FormulaLengthExceedsLimit for a formula over 8,192 characters, as Excel does", async () => {
    const excel = createExcelDouble();
    const longest = `=${"1+".repeat(4095)}1`; // 8,192 characters
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[longest]];
      await context.sync();
    });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").formulas = [[`${longest}+1`]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "FormulaLengthExceedsLimit" });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A3").values = [[`${longest}+1`]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "FormulaLengthExceedsLimit" });
  });

  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const excel = createExcelDouble();
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("rejects a values array whose shape differs from the range", async () => {
    const excel = createExcelDouble();
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["one", "two"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.workbook.dump("Sheet1")).toEqual([]);
  });

  it.each([["bad/name"], ["a".repeat(32)], ["  "], ["what?"], ["sheet1"]])(
    "refuses the sheet name %j",
    async (name) => {
      const excel = createExcelDouble();
      await expect(
        run(excel, async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      ).rejects.toHaveProperty("code");
      expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    },
  );

  it("keeps table names unique and tables apart", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "Salespeople", "A1", ["Name"], [["王伟"]]);
    await expect(
      run(excel, async (context) => {
        const table = context.workbook.worksheets.getItem("Sheet1").tables.add("D1:E1", true);
        table.name = "salespeople";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A2:B3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("turns text starting with = into a formula unless the cell is formatted as text", async () => {
    const excel = createExcelDouble();
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["=1+1"]];
      const text = sheet.getRange("B1");
      text.numberFormat = [["@"]];
      text.values = [["=1+1"]];
      sheet.getRange("C1").values = [["-12"]];
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1")!;
    expect(sheet.formula(0, 0)).toBe("=1+1");
    expect(sheet.formula(0, 1)).toBeUndefined();
    expect(sheet.value(0, 1)).toBe("=1+1");
    expect(sheet.value(0, 2)).toBe(-12);
  });

  it("grows a table when values are written in the row below it, carrying its validation", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "Products", "A1", ["Name", "Price"], [["茶", 5]]);
    await run(excel, async (context) => {
      const table = context.workbook.tables.getItem("Products");
      table.getDataBodyRange().getColumn(1).dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      await context.sync();
      table.getDataBodyRange().getRowsBelow(2).values = [
        ["水", 2],
        ["酒", 30],
      ];
      await context.sync();
    });
    expect(excel.workbook.tableRows("Products")).toEqual([
      ["茶", 5],
      ["水", 2],
      ["酒", 30],
    ]);
    expect(excel.workbook.sheet("Sheet1")!.validations[0].rect).toMatchObject({ top: 1, bottom: 3 });
  });

  it("fails a request over 5 MB with RequestPayloadSizeLimitExceeded and counts its bytes", async () => {
    const excel = createExcelDouble();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.counters.perSync[0]).toMatchObject({ failed: true });
    expect(excel.counters.perSync[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("refuses to read more than 5 million cells at once", async () => {
    const excel = createExcelDouble();
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1000000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("rejects writes to a protected sheet", async () => {
    const excel = createExcelDouble();
    excel.workbook.sheet("Sheet1")!.protected = true;
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("answers ApiNotFound for PivotTables when ExcelApi 1.8 is switched off", async () => {
    const excel = createExcelDouble({ excelApi: "1.7" });
    excel.workbook.putTable("Sheet1", "Facts", "A1", ["Region", "Sales"], [["East", 1]]);
    expect(excel.host.isSetSupported("ExcelApi", "1.8")).toBe(false);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.pivotTables.add("P", context.workbook.tables.getItem("Facts"), sheet.getRange("H1"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("fails the batch that forgets to sync queued commands", async () => {
    const excel = createExcelDouble();
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it("builds a workbook from tables and dumps a sheet as a grid", () => {
    const excel = createExcelDouble({
      tables: [
        {
          sheet: "Lists",
          name: "Products",
          anchor: "B2",
          headers: ["Name", "Unit price"],
          rows: [["茶", 5]],
        },
      ],
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Lists"]);
    expect(excel.workbook.dump("Lists")).toEqual([
      ["", "", ""],
      ["", "Name", "Unit price"],
      ["", "茶", 5],
    ]);
    expect(excel.workbook.tableRows("Products")).toEqual([["茶", 5]]);
  });

  it("injects a failure at the Nth sync without running that request", async () => {
    const excel = createExcelDouble();
    excel.inject.failAtSync(2);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        await context.sync();
        sheet.getRange("A2").values = [["second"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.workbook.dump("Sheet1")).toEqual([["first"]]);
  });
});
