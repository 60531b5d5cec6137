import { parseCount, parseMoney, parseNumber } from "../../../src/core/read/number";
import { CellProblem } from "../../../src/core/read/problem";

describe("number cells", () => {
  it("reads numbers as they are, negative ones included", () => {
    expect(parseNumber(1200)).toBe(1200);
    expect(parseNumber(-35.5)).toBe(-35.5);
  });

  it.each([
    ["1200", 1200],
    ["1,200", 1200],
    ["1,234,567.89", 1234567.89],
    ["¥1,200", 1200],
    ["￥ 1200", 1200],
    ["1200元", 1200],
    ["1,200.50 元", 1200.5],
    ["１２００", 1200],
    ["１，２００．５", 1200.5],
    ["  88  ", 88],
    ["-20", -20],
    ["－２０", -20],
    ["¥-20", -20],
    ["-¥20", -20],
    ["+5", 5],
    [".5", 0.5],
  ])("reads the text %s as %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it("refuses text that is not a number", () => {
    for (const text of [
      "abc",
      "12a",
      "1,2,3",
      "1,20",
      "1.2.3",
      "--5",
      "+-5",
      "¥",
      "元",
      "1e5",
      "1 200",
      "9".repeat(400),
    ]) {
      expect(parseNumber(text)).toHaveProperty("reason", "number");
    }
    expect(parseNumber(true)).toBeInstanceOf(CellProblem);
    expect(parseNumber(Number.NaN)).toBeInstanceOf(CellProblem);
  });

  it("reads blank text as empty", () => {
    expect(parseNumber("  ")).toBeNull();
  });
});

describe("money cells", () => {
  it("read amounts of 0 or more", () => {
    expect(parseMoney("¥1,200")).toBe(1200);
    expect(parseMoney(0)).toBe(0);
    expect(Object.is(parseMoney(-0), 0)).toBe(true);
  });

  it("refuse a negative amount as negative, not as not-a-number", () => {
    expect(parseMoney(-1)).toHaveProperty("reason", "negative");
    expect(parseMoney("-¥5")).toHaveProperty("reason", "negative");
    expect(parseMoney("five")).toHaveProperty("reason", "number");
  });
});

describe("count cells", () => {
  it("read whole numbers of 0 or more", () => {
    expect(parseCount(3)).toBe(3);
    expect(parseCount("1,000")).toBe(1000);
  });

  it("refuse fractions as not whole and negatives as negative", () => {
    expect(parseCount(2.5)).toHaveProperty("reason", "whole");
    expect(parseCount(-2)).toHaveProperty("reason", "negative");
  });
});
