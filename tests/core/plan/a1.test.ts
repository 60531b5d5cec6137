import { columnLetter, parseCell, rect, sheetReference } from "../../../src/core/plan/a1";
import { blockAddress, parseBlock } from "../../../src/excel/address";
import { boxOf, columnLetters, columnNumber } from "../../../src/xlsx/address";

describe("A1 addresses, one implementation for the core and both adapters", () => {
  it("names columns past Z like Excel", () => {
    expect([0, 25, 26, 51, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
  });

  it("reads a cell in either case and with $ signs", () => {
    expect(parseCell("$ab$12")).toEqual({ row: 12, column: 27 });
    for (let column = 0; column < 2000; column += 37) {
      expect(parseCell(`${columnLetter(column)}9`).column).toBe(column);
    }
  });

  it("gives the Office.js adapter 0-based blocks and the .xlsx adapter 1-based boxes of the same range", () => {
    expect(parseBlock("'Daily Report'!B3:F20")).toEqual({ row: 2, column: 1, rows: 18, columns: 5 });
    expect(blockAddress({ row: 2, column: 1, rows: 18, columns: 5 })).toBe(rect(3, 1, 18, 5));
    expect(boxOf("B3:F20")).toEqual({ top: 3, left: 2, bottom: 20, right: 6 });
    expect([1, 26, 27].map(columnLetters)).toEqual(["A", "Z", "AA"]);
    expect(columnNumber("aa")).toBe(27);
  });

  it("quotes every sheet name, doubling its quotes", () => {
    expect(sheetReference("王伟's 计划", "A1")).toBe("'王伟''s 计划'!A1");
  });
});
