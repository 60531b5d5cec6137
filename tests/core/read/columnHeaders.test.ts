/** SPEC §1 "Headers as they are": the header text each column has in the workbook, as found. */
import { type RawTable, readBook } from "../../../src/core/read";
import { columnHeadersOf, headerLanguage, templateHeaders } from "../../../src/core/read/columnHeaders";

describe("headers as found", () => {
  it("keeps each column's header exactly as typed, in either language, mixed within one table", () => {
    const found = columnHeadersOf([
      {
        table: "DailyReport",
        sheet: "日报",
        headers: ["日期", "Salesperson", " 订货 金额 ", "ＣＵＳＴＯＭＥＲ", "my notes"],
      },
    ]);
    expect(found.DailyReport).toEqual({
      sheet: "日报",
      byKey: {
        date: "日期",
        salesperson: "Salesperson",
        orderAmount: " 订货 金额 ",
        customer: "ＣＵＳＴＯＭＥＲ",
      },
    });
  });

  it("reads the leftmost header when a column appears twice, and the first of a table given twice", () => {
    const found = columnHeadersOf([
      { table: "Products", sheet: "Lists", headers: ["Code", "产品名称", "Name"] },
      { table: "Products", sheet: "Other", headers: ["Code", "Name"] },
    ]);
    expect(found.Products).toEqual({ sheet: "Lists", byKey: { code: "Code", name: "产品名称" } });
  });

  it("comes with the book from readBook", () => {
    const { headers } = readBook([
      {
        table: "Calendar",
        sheet: "基础资料",
        headerRow: 5,
        firstColumn: 3,
        headers: ["Date", "类型"],
        rows: [[46353, "休息日"]],
      },
    ]);
    // Each table's headers are its location as read: the sheet, the header text, and where the cells are.
    expect(headers).toEqual({
      Calendar: expect.objectContaining({
        sheet: "基础资料",
        byKey: { date: "Date", kind: "类型" },
        headerRow: 5,
      }),
    });
  });

  it("leaves out tables that are not templates (an owned sheet's table read along)", () => {
    const facts = {
      table: "SP_Facts",
      sheet: "Facts",
      headerRow: 1,
      firstColumn: 0,
      headers: ["Date"],
      rows: [],
    };
    const { headers } = readBook([facts as unknown as RawTable]);
    expect(headers).toEqual({});
  });

  it("names the language most headers are in, and none on a tie", () => {
    const zhMostly = [
      { table: "Products" as const, sheet: "x", headers: ["产品编码", "产品名称", "Unit price"] },
    ];
    expect(headerLanguage(zhMostly)).toBe("zh");
    expect(headerLanguage([{ table: "Products", sheet: "x", headers: ["Code", "产品名称"] }])).toBeNull();
    expect(headerLanguage([])).toBeNull();
  });

  it("gives the headers set-up writes for every template", () => {
    expect(templateHeaders("zh").Salespeople?.byKey.name).toBe("姓名");
    expect(templateHeaders("en").DailyReport?.byKey.orderAmount).toBe("Order amount");
  });
});
