import { cellOf, columnHeadersOf, readBook } from "../../../src/core/read";
import type { RawTable } from "../../../src/core/read";
import { templateLocations } from "../../../src/core/plan";

const report = (over: Partial<RawTable>): RawTable => ({
  table: "DailyReport",
  sheet: "每日销售报告",
  headerRow: 1,
  firstColumn: 0,
  headers: ["日期", "销售员", "出勤", "客户", "拜访目的"],
  rows: [[46345, "王伟", "出勤", "华联超市", "订货"]],
  ...over,
});

describe("findings point at the cell where the reader found the table (SPEC §2: clicking selects the cell)", () => {
  it("points a Daily report customer at column D of the row, on the sheet as found", () => {
    const { locations } = readBook([report({})]);
    expect(cellOf(locations, "DailyReport", 7, "customer")).toEqual({ sheet: "每日销售报告", address: "D7" });
  });

  it("finds a column by its header in either language, in any order", () => {
    const { locations } = readBook([
      report({ headers: ["Date", "Customer", "销售员", "Attendance"], rows: [] }),
    ]);
    expect(cellOf(locations, "DailyReport", 3, "customer")?.address).toBe("B3");
    expect(cellOf(locations, "DailyReport", 3, "salesperson")?.address).toBe("C3");
  });

  it("follows a table someone moved off A1, header row and first column both", () => {
    const { locations } = readBook([report({ sheet: "2026年报告", headerRow: 5, firstColumn: 3 })]);
    expect(cellOf(locations, "DailyReport", 9, "customer")).toEqual({ sheet: "2026年报告", address: "G9" });
    // A finding about a person (no row) points at the table's header row; one about a row at its first column.
    expect(cellOf(locations, "DailyReport", null, null)).toEqual({ sheet: "2026年报告", address: "D5" });
    expect(cellOf(locations, "DailyReport", 9, "comment")?.address).toBe("D9");
  });

  it("gives no cell for a table that is not in the workbook", () => {
    expect(cellOf(readBook([report({})]).locations, "Targets", 2, "period")).toBeNull();
  });

  it("reads set-up's own layout as set-up wrote it: Customers to the right of Salespeople on Lists", () => {
    expect(cellOf(templateLocations("en"), "Customers", 4, "region")).toEqual({
      sheet: "Lists",
      address: "K4",
    });
    expect(cellOf(templateLocations("zh"), "Customers", 4, "region")?.sheet).toBe("基础资料");
  });

  it("is one object per table with the header text each column was found under", () => {
    const raw = report({ headers: ["日期", "Customer", "销售员", "出勤", "Order amount"], rows: [] });
    const { locations, headers } = readBook([raw]);
    expect(headers.DailyReport).toBe(locations.get("DailyReport"));
    expect(headers.DailyReport?.byKey).toEqual(columnHeadersOf([raw]).DailyReport?.byKey);
    expect(headers.DailyReport?.byKey.orderAmount).toBe("Order amount");
    expect(locations.get("DailyReport")?.columns.get("orderAmount")).toBe(4);
  });
});
