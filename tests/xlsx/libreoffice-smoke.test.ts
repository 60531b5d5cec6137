/**
 * Smoke test of the LibreOffice stand-in for Excel: a tiny workbook with a stale cached result is really
 * recalculated, structured references included. If this fails, every formula cross-check would be moot.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { describeWith } from "../support/programs";
import { readRecalculated, recalculateXlsx } from "../support/libreoffice";

describeWith("soffice", "LibreOffice recalculation", (soffice) => {
  jest.setTimeout(120000);

  it("recalculates a SUMIFS over a table column whose cached result is stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), "salespace-lo-smoke-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addTable({
      name: "Sales",
      ref: "A1",
      columns: [{ name: "Who" }, { name: "Amount" }],
      rows: [
        ["王伟", 120.5],
        ["李娜", 80],
        ["王伟", 5],
      ],
    });
    // A wrong cached result: only a real recalculation turns it into 125.5.
    sheet.getCell("D1").value = { formula: 'SUMIFS(Sales[Amount],Sales[Who],"王伟")', result: 999 };
    const input = join(dir, "smoke.xlsx");
    await workbook.xlsx.writeFile(input);

    const [output] = await recalculateXlsx(soffice, [input], join(dir, "out"));
    const recalculated = await readRecalculated(output);
    expect(recalculated.formula("Data", "D1")).toContain("SUMIFS");
    expect(recalculated.cell("Data", "D1")).toBeCloseTo(125.5, 9);
  });
});
