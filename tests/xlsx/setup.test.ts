import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { TABLES } from "../../src/core/schema/tables";
import { createXlsxPort, openXlsxPort } from "../../src/xlsx";
import { buildSetupPlan } from "../../src/core/plan";
import { tempFolder } from "./workbookFiles";
import { defaultSettings } from "../../src/core/settings";

describe("xlsx set-up", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());

  it("creates every template table with its columns, validation, widths and a frozen header", async () => {
    const port = createXlsxPort();
    const report = await port.applySetup(buildSetupPlan("en", []));
    await port.writeSettings({ ...defaultSettings("en", 1), signOffOverdueDays: 2 });
    await port.save(tmp.file("book.xlsx"));
    expect(report.tablesAdded).toEqual(TABLES.map((t) => t.name));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file("book.xlsx"));
    const report2 = wb.getWorksheet("Daily Report")!;
    const table = report2.getTable("DailyReport") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(table.table.columns.map((c) => c.name)).toEqual(TABLES[6].columns.map((c) => c.header.en));
    expect(table.table.tableRef).toBe("A1:S2");
    expect(report2.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(report2.getColumn(1).width).toBe(12);
    const attendance = report2.getCell("C2").dataValidation;
    expect(attendance).toMatchObject({ type: "list", formulae: ['"Present,Business trip,Leave,Absent"'] });
    expect(report2.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["SP_Salespeople"],
    });
    expect(report2.getCell("H2").dataValidation).toMatchObject({ type: "decimal", formulae: [0] });
    expect(report2.getCell("F2").dataValidation).toMatchObject({
      prompt: "Free text.",
      showInputMessage: true,
    });
    expect(report2.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    expect(wb.getWorksheet("SalesPace.Settings")?.state).toBe("veryHidden");
  });

  it("keeps a name over a table column (SP_Salespeople = Salespeople[Name]) through a save and a reload", async () => {
    const port = await openXlsxPort(tmp.file("book.xlsx"));
    await port.save(tmp.file("again.xlsx"));
    const { workbook } = await openXlsxPort(tmp.file("again.xlsx"));
    const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(model).toContainEqual({ name: "SP_Salespeople", ranges: ["Salespeople[Name]"] });
  });

  it("re-running set-up adds nothing and keeps people's rows", async () => {
    const port = await openXlsxPort(tmp.file("book.xlsx"));
    await port.appendRows("Salespeople", [["S001", "王伟", "华东", "上海", "李强", "Y"]]);
    const report = await port.applySetup(buildSetupPlan("zh", []));
    expect(report).toEqual({ sheetsAdded: [], tablesAdded: [], columnsAdded: [], validationsAdded: 0 });
    const [people] = await port.readTables(["Salespeople"]);
    expect(people.rows).toEqual([["S001", "王伟", "华东", "上海", "李强", "Y"]]);
  });

  it("adds a column that a template gained, at the table's right edge", async () => {
    const port = await openXlsxPort(tmp.file("book.xlsx"));
    const plan = buildSetupPlan("en", []);
    const complaints = plan.sheets.find((s) => s.name === "Complaints")!;
    const extra = {
      ...complaints.tables[0].columns[0],
      key: "channel",
      header: "Channel",
      altHeaders: ["渠道"],
    };
    const grown = {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s === complaints
          ? { ...s, tables: [{ ...s.tables[0], columns: [...s.tables[0].columns, extra] }] }
          : s,
      ),
    };
    const report = await port.applySetup(grown);
    expect(report.columnsAdded).toEqual([{ table: "Complaints", header: "Channel" }]);
    const [raw] = await port.readTables(["Complaints"]);
    expect(raw.headers[raw.headers.length - 1]).toBe("Channel");
  });

  it("refuses a sheet of a template's name that holds other data (SheetNameTaken)", async () => {
    const port = createXlsxPort();
    port.workbook.addWorksheet("Targets").getCell("A1").value = "my own notes";
    await expect(port.applySetup(buildSetupPlan("en", []))).rejects.toMatchObject({
      code: "SheetNameTaken",
    });
  });

  it("saves atomically: no temporary file is left beside the workbook", () => {
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
