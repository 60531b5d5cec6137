/** The double's formula tokenizer reads what SalesPace writes the way Excel's grammar does. */
import { FormulaSyntaxError, isCellReference, tokenize } from "../../src/excel-double/formula-tokens";

describe("formula tokenizer", () => {
  it("splits a SUMIFS over structured references into function, references, criteria", () => {
    expect(
      tokenize(
        '=SUMIFS(DailyReport[订货金额],DailyReport[销售员],$B6,DailyReport[日期],">="&DATE(2026,11,1))',
      ),
    ).toEqual([
      { kind: "function", name: "SUMIFS" },
      { kind: "open" },
      {
        kind: "structured",
        table: "DailyReport",
        items: [{ kind: "column", column: "订货金额", thisRow: false }],
      },
      { kind: "separator" },
      {
        kind: "structured",
        table: "DailyReport",
        items: [{ kind: "column", column: "销售员", thisRow: false }],
      },
      { kind: "separator" },
      { kind: "cell", text: "$B6" },
      { kind: "separator" },
      {
        kind: "structured",
        table: "DailyReport",
        items: [{ kind: "column", column: "日期", thisRow: false }],
      },
      { kind: "separator" },
      { kind: "string", text: ">=" },
      { kind: "operator", text: "&" },
      { kind: "function", name: "DATE" },
      { kind: "open" },
      { kind: "number", text: "2026" },
      { kind: "separator" },
      { kind: "number", text: "11" },
      { kind: "separator" },
      { kind: "number", text: "1" },
      { kind: "close" },
      { kind: "close" },
    ]);
  });

  it("undoes the ' escapes in a column name and keeps special items and this-row columns apart", () => {
    expect(tokenize("=T[Order '#]")).toEqual([
      { kind: "structured", table: "T", items: [{ kind: "column", column: "Order #", thisRow: false }] },
    ]);
    expect(tokenize("=T[['[Note']],[it''s]]")[0]).toEqual({
      kind: "structured",
      table: "T",
      items: [
        { kind: "column", column: "[Note]", thisRow: false },
        { kind: "column", column: "it's", thisRow: false },
      ],
    });
    expect(tokenize("=ROWS(T[[#Headers],[Name]])")[2]).toEqual({
      kind: "structured",
      table: "T",
      items: [
        { kind: "special", item: "#Headers" },
        { kind: "column", column: "Name", thisRow: false },
      ],
    });
    expect(tokenize("=[@Amount]*2")[0]).toEqual({
      kind: "structured",
      table: null,
      items: [{ kind: "column", column: "Amount", thisRow: true }],
    });
  });

  it("reads quoted and plain sheet names, doubled quotes included, and whole-column ranges", () => {
    expect(tokenize("='Bob''s 计分卡'!$A$1+Sheet1!B2")).toEqual([
      { kind: "sheet", name: "Bob's 计分卡" },
      { kind: "cell", text: "$A$1" },
      { kind: "operator", text: "+" },
      { kind: "sheet", name: "Sheet1" },
      { kind: "cell", text: "B2" },
    ]);
    expect(tokenize("=SUM(A:A)").slice(2, 5)).toEqual([
      { kind: "cell", text: "A" },
      { kind: "operator", text: ":" },
      { kind: "cell", text: "A" },
    ]);
  });

  it("tells names from cell references and reads strings with doubled quotes, errors and arrays", () => {
    expect(isCellReference("XFD1048576")).toBe(true);
    expect(isCellReference("XFE1")).toBe(false);
    expect(isCellReference("SP_Customers")).toBe(false);
    expect(tokenize('=IF(SP_Customers="say ""hi""",#N/A,{1,2})')).toEqual([
      { kind: "function", name: "IF" },
      { kind: "open" },
      { kind: "name", name: "SP_Customers" },
      { kind: "operator", text: "=" },
      { kind: "string", text: 'say "hi"' },
      { kind: "separator" },
      { kind: "error", text: "#N/A" },
      { kind: "separator" },
      { kind: "array", text: "{1,2}" },
      { kind: "close" },
    ]);
  });

  it.each([
    ['="open', "an open string"],
    ["=T[Name", "an open bracket"],
    ["='Sheet 1'A1", "a quoted sheet without !"],
    ["=SUM(1;2)", "a formulasLocal separator"],
    ["=#WHAT?", "an unknown error value"],
  ])("refuses %s (%s)", (formula) => {
    expect(() => tokenize(formula)).toThrow(FormulaSyntaxError);
  });
});
