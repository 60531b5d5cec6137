import ExcelJS from "exceljs";
import { createXlsxPort, openXlsxPort } from "../../src/xlsx";
import { FACTS, PIVOTS, sheetPlan } from "./ownedPlans";
import { tempFolder } from "./workbookFiles";

describe("xlsx add-in-owned sheets", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());

  it("writes a formula with the core's value as its cached result, a result of 0 included", async () => {
    const port = createXlsxPort();
    await port.replaceOwnedSheets([
      sheetPlan({
        writes: [{ address: "A1:B1", values: [[1200, 0]], formulas: [["=SUM(C1:C3)", "=C1-C1"]] }],
      }),
    ]);
    await port.save(tmp.file("formulas.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file("formulas.xlsx"));
    const sheet = wb.getWorksheet("Weekly report")!;
    expect([sheet.getCell("A1").formula, sheet.getCell("A1").result]).toEqual(["SUM(C1:C3)", 1200]);
    expect([sheet.getCell("B1").formula, sheet.getCell("B1").result]).toEqual(["C1-C1", 0]);
  });

  it("writes people's text starting with = + - @ as text with format @, never as a formula", async () => {
    const port = createXlsxPort();
    const risky = ['=HYPERLINK("http://x")', "+86 138", "-5%", "@all"];
    await port.replaceOwnedSheets([
      sheetPlan({ writes: [{ address: "B3:B6", values: risky.map((t) => [t]), text: true }] }),
    ]);
    await port.save(tmp.file("text.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file("text.xlsx"));
    const sheet = wb.getWorksheet("Weekly report")!;
    risky.forEach((text, i) => {
      const cell = sheet.getCell(`B${3 + i}`);
      expect({ value: cell.value, formula: cell.formula ?? null, numFmt: cell.numFmt }).toEqual({
        value: text,
        formula: null,
        numFmt: "@",
      });
    });
  });

  it("writes the facts table as an Excel table, its text columns as text, and links to a row", async () => {
    const port = createXlsxPort();
    await port.replaceOwnedSheets([FACTS]);
    await port.save(tmp.file("facts.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file("facts.xlsx"));
    const sheet = wb.getWorksheet("Facts")!;
    const table = sheet.getTable("SP_Facts") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A1:C3");
    expect([sheet.getCell("B2").value, sheet.getCell("B2").numFmt, sheet.getCell("C3").numFmt]).toEqual([
      "=evil",
      "@",
      "#,##0.00",
    ]);
    expect(sheet.getCell("E1").value).toMatchObject({ text: "row 7", hyperlink: "#'Daily Report'!A7" });
  });

  it("replaces the sheet of either language's name, and keeps the old one when building fails", async () => {
    const port = createXlsxPort();
    port.workbook.addWorksheet("周报").getCell("A1").value = "last week's report";
    await port.replaceOwnedSheets([sheetPlan({ writes: [{ address: "A1", values: [["new"]] }] })]);
    expect(port.workbook.worksheets.map((ws) => ws.name)).toEqual(["Weekly report"]);

    const broken = sheetPlan({ writes: [{ address: "not-an-address", values: [["x"]] }] });
    await expect(
      port.replaceOwnedSheets([sheetPlan({ name: "Scorecard", altNames: [] }), broken]),
    ).rejects.toThrow();
    expect(port.workbook.worksheets.map((ws) => ws.name)).toEqual(["Weekly report"]);
    expect(port.workbook.getWorksheet("Weekly report")!.getCell("A1").value).toBe("new");
  });

  it("leaves a note on the Pivots sheet: exceljs 4.4 writes no PivotTables", async () => {
    const port = createXlsxPort();
    await port.replaceOwnedSheets([PIVOTS]);
    await port.save(tmp.file("pivots.xlsx"));
    const reopened = await openXlsxPort(tmp.file("pivots.xlsx"));
    const notes = [3, 4].map((r) => String(reopened.workbook.getWorksheet("Pivots")!.getCell(`A${r}`).value));
    expect(notes[0]).toMatch(/PivotTables are created by the SalesPace add-in/);
    // The plan's words, written as they are: the adapter has none of its own.
    expect(notes.slice(0, 2)).toEqual(PIVOTS.pivotNotes!.withoutExcel);
    expect(notes[1]).toBe(
      "SP_PivotSales: SP_Facts — rows Region, Salesperson; columns Month; values Sum of Sales",
    );
  });
});
