/** Set-up's dropdowns and rules behave the same whether the pane (Office.js) or the CLI (.xlsx) made them. */
import { buildSetupPlan } from "../../src/core/plan";
import { createExcelPort } from "../../src/excel";
import { createXlsxPort } from "../../src/xlsx";
import { columnNumber, parseCell } from "../../src/xlsx/address";
import { validationAt } from "../../src/xlsx/validationRanges";
import { createExcelDouble } from "../../src/excel-double";

describe("data validation from one plan on both paths", () => {
  it.each(["en", "zh"] as const)("every rule has the plan's alert style and texts (%s)", async (lang) => {
    const plan = buildSetupPlan(lang, []);
    const excel = createExcelDouble();
    await createExcelPort(excel.host).applySetup(plan);
    const xlsx = createXlsxPort();
    await xlsx.applySetup(plan);

    let checked = 0;
    for (const sheetPlan of plan.sheets) {
      const doubleSheet = excel.workbook.sheets.find((s) => s.name === sheetPlan.name)!;
      const xlsxSheet = xlsx.workbook.getWorksheet(sheetPlan.name)!;
      for (const table of sheetPlan.tables) {
        const anchor = parseCell(table.anchor);
        table.columns.forEach((column, i) => {
          if (!column.validation) return;
          const col0 = columnNumber(table.anchor.replace(/\d+$/, "")) - 1 + i;
          const inExcel = doubleSheet.validations.find(
            (v) => v.rect.left === col0 && v.rect.top === anchor.row && v.rule !== null,
          );
          const inXlsx = validationAt(xlsxSheet, anchor.row + 1, col0 + 1);
          const style = column.validation.alert === "stop" ? "Stop" : "Warning";
          expect(column.errorMessage).not.toBeNull();
          expect(inExcel?.errorAlert).toMatchObject({ style, ...column.errorMessage });
          expect(inXlsx).toMatchObject({
            errorStyle: column.validation.alert,
            errorTitle: column.errorMessage?.title,
            error: column.errorMessage?.message,
            promptTitle: column.inputMessage.title,
          });
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("lists only warn (IDs, other-language labels and 是/否 are accepted); dates and amounts stop", () => {
    const columns = buildSetupPlan("zh", []).sheets.flatMap((s) => s.tables.flatMap((t) => t.columns));
    const alertOf = (key: string) => columns.find((c) => c.key === key)?.validation?.alert;
    expect(alertOf("salesperson")).toBe("warning");
    expect(alertOf("purpose")).toBe("warning");
    expect(alertOf("newOutlet")).toBe("warning");
    expect(alertOf("date")).toBe("stop");
    expect(alertOf("orderAmount")).toBe("stop");
  });
});
