import { parseYesNo } from "../../../src/core/read/yesNo";

describe("Y/N cells", () => {
  it.each([
    ["Y", true],
    ["y", true],
    ["Yes", true],
    ["TRUE", true],
    ["是", true],
    ["Ｙ", true],
    [" yes ", true],
    ["N", false],
    ["no", false],
    ["False", false],
    ["否", false],
    ["ｎ", false],
  ])("reads %s as %s", (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });

  it("reads Excel booleans as themselves", () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
  });

  it("refuses anything else", () => {
    for (const cell of ["maybe", "有", "1", 1, 0, "YN"])
      expect(parseYesNo(cell)).toHaveProperty("reason", "yesNo");
  });

  it("reads blank text as empty", () => {
    expect(parseYesNo("　")).toBeNull();
  });
});
