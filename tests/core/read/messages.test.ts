import { readBook } from "../../../src/core/read";
import type { RawCell } from "../../../src/core/read/raw";
import { describeFinding } from "../../../src/core/validate/describe";

function findingsFor(headers: RawCell[], cells: RawCell[]) {
  return readBook([
    { table: "DailyReport", sheet: "Daily Report", headerRow: 1, firstColumn: 0, headers, rows: [cells] },
  ]).findings;
}

describe("reader findings in the workbook language", () => {
  it("name the column by its header in Chinese or English, not by its key", () => {
    const [negative] = findingsFor(
      ["Date", "Salesperson", "Attendance", "Order amount"],
      [46353, "王伟", "出勤", -5],
    );
    expect(negative.args).toEqual({ column: "orderAmount" });
    expect(describeFinding("zh", negative)).toContain("订货金额");
    expect(describeFinding("en", negative)).toContain("Order amount");
    expect(describeFinding("en", negative)).not.toContain("orderAmount");
  });

  it("quote the error value a cell holds", () => {
    const [error] = findingsFor(["日期", "销售员", "出勤"], ["#REF!", "王伟", "出勤"]);
    expect(describeFinding("zh", error)).toContain("#REF!");
    expect(describeFinding("zh", error)).toContain("日期");
  });
});
