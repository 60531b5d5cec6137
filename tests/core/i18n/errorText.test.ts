import { SalesPaceError } from "../../../src/core/errors";
import { describeError } from "../../../src/core/i18n/errorText";

describe("the pane's error message", () => {
  const missing = new SalesPaceError(
    "ColumnMissing",
    'Table DailyReport on sheet "Daily Report" has no column "Customer". Rename it back or run Set up workbook.',
    "headers: Date, Salesperson",
    { table: "DailyReport", column: "Customer", columnZh: "客户", sheet: "Daily Report" },
  );

  it("is the adapter's actionable sentence in English, with code and detail kept behind Details", () => {
    expect(describeError(missing, "en")).toEqual({
      sentence: missing.message,
      detail: "ColumnMissing\nheaders: Date, Salesperson",
    });
  });

  it("is said in Chinese with the names the error carries, the English original in the details", () => {
    const { sentence, detail } = describeError(missing, "zh");
    // The sheet people see, never the internal table name DailyReport.
    expect(sentence).toBe("“Daily Report”缺少列“客户”。请把列名改回，或重新运行“创建模板”。");
    expect(detail).toContain(missing.message);
  });

  it("names a master list by its sheet and list in Chinese, not by its table name", () => {
    const inLists = new SalesPaceError(
      "ColumnMissing",
      'Table Customers on sheet "基础资料" has no column…',
      undefined,
      {
        table: "Customers",
        column: "Name",
        columnZh: "客户名称",
        sheet: "基础资料",
      },
    );
    const { sentence } = describeError(inLists, "zh");
    expect(sentence).toBe("“基础资料 › 客户”缺少列“客户名称”。请把列名改回，或重新运行“创建模板”。");
    expect(sentence).not.toMatch(/Customers/);
  });

  it("keeps the specific English sentence for codes without a Chinese sentence", () => {
    const bad = new SalesPaceError(
      "BadArgument",
      "The weights add up to 0: give at least one child a weight above 0.",
    );
    expect(describeError(bad, "zh").sentence).toBe(bad.message);
  });

  it("never shows a raw stack as the sentence of a bug", () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
    const { sentence, detail } = describeError(bug, "en");
    expect(sentence).not.toContain("TypeError");
    expect(sentence).toMatch(/Something went wrong/);
    expect(detail).toContain("Cannot read properties of undefined");
  });
});
