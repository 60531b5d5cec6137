/**
 * A hidden sheet named like a SalesPace sheet (issue 12, item 6): Excel reports `tabColor` null for a hidden
 * sheet, so the add-in's colour cannot tell that a sheet the command line built is its own. The rebuild
 * must neither crash nor replace what may be someone's work.
 */
import { isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import { isOwnedTabColor } from "../../src/excel/owned-marker";
import { excelWithReportTable as createExcelDouble, ownedPlan } from "./plans";

describe("a hidden sheet with an owned sheet's name", () => {
  it("reads back a null tab colour from the double, as Excel does", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "目标达成"] });
    const hidden = excel.workbook.sheet("目标达成")!;
    hidden.tabColor = "#0F6CBD";
    hidden.visibility = "Hidden";

    const colours = await excel.host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/tabColor");
      await context.sync();
      return sheets.items.map((s) => s.tabColor as string | null);
    });

    expect(colours).toEqual(["", null]);
  });

  it("is refused with a sentence naming it when it holds something, not a TypeError", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Scorecard"] });
    const hidden = excel.workbook.sheet("Scorecard")!;
    hidden.put(0, 0, "上月的汇总");
    hidden.tabColor = "#0F6CBD";
    hidden.visibility = "Hidden";

    const error = await createExcelPort(excel.host)
      .replaceOwnedSheets([ownedPlan()])
      .catch((e: unknown) => e);

    expect(isSalesPaceError(error, "SheetNameTaken")).toBe(true);
    expect((error as Error).message).toContain('"Scorecard"');
    expect(excel.workbook.dump("Scorecard")).toEqual([["上月的汇总"]]);
  });

  it("is replaced when it is empty", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Scorecard"] });
    excel.workbook.sheet("Scorecard")!.visibility = "Hidden";

    await createExcelPort(excel.host).replaceOwnedSheets([ownedPlan()]);

    expect(excel.workbook.dump("Scorecard")[0][0]).toBe("Scorecard 2026-11");
  });

  it("a null colour is never the add-in's", () => {
    expect(isOwnedTabColor(null, "#0F6CBD")).toBe(false);
    expect(isOwnedTabColor("0f6cbd", "#0F6CBD")).toBe(true);
  });
});
