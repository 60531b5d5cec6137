/** Structured references are spelled with the headers found in the workbook (SPEC §1). */
import { isSalesPaceError } from "../../../src/core/errors";
import { columnRef } from "../../../src/core/plan/tableRefs";
import { columnHeadersOf, templateHeaders } from "../../../src/core/read/columnHeaders";

describe("columnRef", () => {
  it("uses the header as found, whatever the workbook language", () => {
    expect(columnRef(templateHeaders("zh"), "DailyReport", "orderAmount")).toBe("DailyReport[订货金额]");
    const mixed = columnHeadersOf([
      { table: "DailyReport", sheet: "Daily Report", headers: ["Date", "Salesperson", "订货金额"] },
    ]);
    expect(columnRef(mixed, "DailyReport", "salesperson")).toBe("DailyReport[Salesperson]");
    expect(columnRef(mixed, "DailyReport", "orderAmount")).toBe("DailyReport[订货金额]");
  });

  it("escapes [ ] # and ' with ' as Excel requires", () => {
    const odd = { Targets: { sheet: "T", byKey: { target: "Target [#'s]" } } };
    expect(columnRef(odd, "Targets", "target")).toBe("Targets[Target '['#''s']]");
  });

  it("stops with ColumnMissing, naming the sheet, table and column, when the workbook has no such header", () => {
    const found = columnHeadersOf([{ table: "DailyReport", sheet: "日报", headers: ["日期", "销售员"] }]);
    const error = (() => {
      try {
        return columnRef(found, "DailyReport", "grossMargin");
      } catch (e) {
        return e;
      }
    })();
    expect(isSalesPaceError(error, "ColumnMissing")).toBe(true);
    expect((error as Error).message).toMatch(
      /DailyReport on sheet "日报" has no column "Gross margin" \(毛利\)/,
    );
    expect(() => columnRef({}, "Targets", "target")).toThrow(
      expect.objectContaining({ code: "ColumnMissing" }),
    );
  });
});
