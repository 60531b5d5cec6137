import { cellReader } from "../../../src/core/read/cell";
import { isExcelError } from "../../../src/core/read/errorValue";
import { DAILY_REPORT, TABLES } from "../../../src/core/schema/tables";

const ERRORS = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

describe("any cell", () => {
  it("recognises every Excel error value and nothing else", () => {
    for (const error of ERRORS) expect(isExcelError(error)).toBe(true);
    for (const text of ["#1", "#", "N/A", "#n/a ", "# 客户", 404]) expect(isExcelError(text)).toBe(false);
  });

  it("holding an Excel error value is unreadable whatever the column's type", () => {
    for (const def of TABLES) {
      for (const column of def.columns) {
        const read = cellReader(column);
        for (const error of ERRORS) expect(read(error)).toHaveProperty("reason", "errorValue");
      }
    }
  });

  it("that is empty reads as null whatever the column's type", () => {
    for (const def of TABLES) {
      for (const column of def.columns) expect(cellReader(column)("")).toBeNull();
    }
  });

  it("goes to its column type's parser", () => {
    const byKey = new Map(DAILY_REPORT.columns.map((c) => [c.key, cellReader(c)]));
    expect(byKey.get("date")!("2026-11-27")).toBe(46353);
    expect(byKey.get("attendance")!("请假")).toBe("leave");
    expect(byKey.get("orderAmount")!("1,000元")).toBe(1000);
    expect(byKey.get("newOutlet")!("是")).toBe(true);
    // List references keep surrounding spaces: lists/ resolves them as a variant and validation suggests the clean name.
    expect(byKey.get("customer")!(" 华联超市 ")).toBe(" 华联超市 ");
    expect(byKey.get("customer")!("   ")).toBeNull();
  });
});
