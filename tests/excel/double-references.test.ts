/**
 * The double keeps links between sheets as Excel does: renaming a sheet or table carries the formulas
 * and names that point at it along; deleting it turns them into #REF!, and a new sheet of the same name
 * does not mend them. Without this, a test could not tell whether a refresh broke people's links.
 */
import { breakSheet, breakTable, renameSheet, renameTable } from "../../src/excel-double/references";
import { createExcelDouble } from "../../src/excel-double";

describe("Excel double: references to sheets and tables", () => {
  it.each([
    ["=Scorecard!D6", "=#REF!D6"],
    ["='Scorecard'!$D$6*2", "=#REF!$D$6*2"],
    ['=IF(A1="Scorecard!D6",Scorecard!D6:E7,0)', '=IF(A1="Scorecard!D6",#REF!D6:E7,0)'],
    ["=MyScorecard!A1+Scorecard2!A1", "=MyScorecard!A1+Scorecard2!A1"],
  ])("breaks %s into %s when Scorecard is deleted", (formula, broken) => {
    expect(breakSheet(formula, "scorecard")).toBe(broken);
  });

  it("renames sheet prefixes, quoting where the new name needs it", () => {
    expect(renameSheet("=Scorecard!D6+'Daily Report'!A2", "Scorecard", "目标 达成")).toBe(
      "='目标 达成'!D6+'Daily Report'!A2",
    );
    expect(renameSheet("='Daily Report'!A2", "daily report", "Report")).toBe("=Report!A2");
  });

  it("breaks and renames structured references, nested brackets included", () => {
    expect(breakTable("=SUM(SP_Facts[Amount])+SUMIFS(SP_Facts[[#Data],[Kind]],A1,1)", "sp_facts")).toBe(
      "=SUM(#REF!)+SUMIFS(#REF!,A1,1)",
    );
    expect(renameTable("=COUNTA(SP_Facts_SPnew[Kind])", "SP_Facts_SPnew", "SP_Facts")).toBe(
      "=COUNTA(SP_Facts[Kind])",
    );
    expect(breakTable('="SP_Facts[Amount]"&SP_FactsOld[A]', "SP_Facts")).toBe(
      '="SP_Facts[Amount]"&SP_FactsOld[A]',
    );
  });

  it("turns people's formulas and names into #REF! when the sheet they point at is deleted, for good", async () => {
    const excel = createExcelDouble({ sheets: ["我的看板", "Scorecard"] });
    const board = excel.workbook.sheet("我的看板")!;
    board.setFormula(0, 0, "=Scorecard!D6");
    board.setFormula(1, 0, "=SUM(SP_Facts[Amount])");
    excel.workbook.putTable("Scorecard", "SP_Facts", "H1", ["Kind", "Amount"], [["Actual", 5]]);
    excel.workbook.addName("MyScore", "=Scorecard!$D$6", "");

    await excel.host.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").delete();
      context.workbook.worksheets.add("Scorecard");
      await context.sync();
    });

    expect(board.formula(0, 0)).toBe("=#REF!D6");
    expect(board.formula(1, 0)).toBe("=SUM(#REF!)");
    expect(excel.workbook.names.get("myscore")!.formula).toBe("=#REF!$D$6");
  });

  it("carries people's formulas and names along when the sheet is renamed", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Scorecard"] });
    excel.workbook.sheet("Sheet1")!.setFormula(0, 0, "=Scorecard!D6");
    excel.workbook.addName("MyScore", "=Scorecard!$D$6", "");

    await excel.host.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").name = "目标达成";
      await context.sync();
    });

    expect(excel.workbook.sheet("Sheet1")!.formula(0, 0)).toBe("=目标达成!D6");
    expect(excel.workbook.names.get("myscore")!.formula).toBe("=目标达成!$D$6");
  });

  it("clears a whole sheet's cells, formats and links but keeps the sheet, so links into it hold", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Scorecard"] });
    const scorecard = excel.workbook.sheet("Scorecard")!;
    scorecard.put(5, 3, 42);
    scorecard.setFormula(6, 3, "=D6*2");
    scorecard.formats.push({ rect: { top: 5, left: 3, bottom: 5, right: 3 }, format: "0.0%" });
    excel.workbook.sheet("Sheet1")!.setFormula(0, 0, "=Scorecard!D6");

    await excel.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      sheet.getRange().clear();
      sheet.getRange("D6").values = [[7]];
      await context.sync();
    });

    expect(excel.workbook.dump("Scorecard")[5][3]).toBe(7);
    expect(scorecard.formula(6, 3)).toBeUndefined();
    expect(scorecard.numberFormat(5, 3)).toBe("General");
    expect(excel.workbook.sheet("Sheet1")!.formula(0, 0)).toBe("=Scorecard!D6");
  });

  it("deletes tables, charts and PivotTables listed by load('items/name')", async () => {
    const excel = createExcelDouble();
    excel.workbook.putTable("Sheet1", "SP_Facts", "A1", ["Kind", "Amount"], [["Actual", 5]]);
    await excel.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
      sheet.pivotTables.add("P", context.workbook.tables.getItem("SP_Facts"), sheet.getRange("E1"));
      await context.sync();
      const [tables, charts, pivots] = [sheet.tables, sheet.charts, sheet.pivotTables].map((c) =>
        c.load("items/name"),
      );
      await context.sync();
      for (const item of [...pivots.items, ...charts.items, ...tables.items]) item.delete();
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1")!;
    expect([excel.workbook.tables.length, sheet.charts.length, sheet.pivots.length]).toEqual([0, 0, 0]);
    expect(excel.workbook.dump("Sheet1")).toEqual([]);
  });
});
