import ExcelJS from "exceljs";
import { rawCellOf } from "../../src/xlsx/cellValue";
import { createXlsxPort, openXlsxPort, openXlsxReader } from "../../src/xlsx";
import { generateDemo } from "../../src/core/demo";
import { TABLES } from "../../src/core/schema/tables";
import { buildSetupPlan } from "../../src/core/plan";
import * as streamRead from "../../src/xlsx/streamRead";
import { tempFolder } from "./workbookFiles";
import { dayFromIso } from "../support/day";
import { defaultSettings } from "../../src/core/settings";

describe("cells read as Office.js values would give them", () => {
  it("gives a date as its serial number (2026-11-27 is 46353)", () => {
    expect(rawCellOf(new Date(Date.UTC(2026, 10, 27)))).toBe(46353);
  });
  it("gives rich text as plain text, a formula as its cached result, an error as its text, empty as ''", () => {
    expect(rawCellOf({ richText: [{ text: "王" }, { text: "伟" }] })).toBe("王伟");
    expect(rawCellOf({ formula: "A1*2", result: 2400 })).toBe(2400);
    expect(rawCellOf({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(rawCellOf({ error: "#N/A" })).toBe("#N/A");
    expect(rawCellOf({ formula: "NOW()" })).toBe("");
    expect(rawCellOf(null)).toBe("");
    expect(rawCellOf({ text: "see report", hyperlink: "#'Daily Report'!A2" })).toBe("see report");
  });
});

describe("reading template tables from a file", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());
  const demo = generateDemo({
    people: 3,
    days: 5,
    seed: 7,
    start: dayFromIso("2026-11-02"),
    messy: 0.2,
    lang: "zh",
  });

  beforeAll(async () => {
    const port = createXlsxPort();
    await port.applySetup(buildSetupPlan("zh", []));
    await port.writeSettings({ ...defaultSettings("zh", 1), signOffOverdueDays: 3 });
    for (const t of TABLES) await port.appendRows(t.name, demo.tables[t.name]);
    await port.save(tmp.file("demo.xlsx"));
  });

  it("the streaming reader gives exactly what the in-memory reader gives, for every table", async () => {
    const names = TABLES.map((t) => t.name);
    const inMemory = await (await openXlsxPort(tmp.file("demo.xlsx"))).readTables(names);
    const streamed = await openXlsxReader(tmp.file("demo.xlsx")).readTables(names);
    expect(streamed).toEqual(inMemory);
    const report = inMemory.find((t) => t.table === "DailyReport")!;
    expect(report.rows).toHaveLength(demo.tables.DailyReport.length);
    expect(report).toMatchObject({ sheet: "每日销售报告", headerRow: 1, firstColumn: 0 });
  });

  it("streams the file once, however often it is inspected and read (the second read gives the same tables)", async () => {
    const names = TABLES.map((t) => t.name);
    const spy = jest.spyOn(streamRead, "streamBook");
    try {
      const reader = openXlsxReader(tmp.file("demo.xlsx"));
      const inventory = await reader.inspect();
      const first = await reader.readTables(names);
      expect(await reader.inspect()).toEqual(inventory);
      const again = await reader.readTables(["Targets", "DailyReport"]);
      expect(again).toEqual(first.filter((t) => t.table === "Targets" || t.table === "DailyReport"));
      expect(again.map((t) => t.table)).toEqual(["Targets", "DailyReport"]);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("finds the master lists side by side on one sheet, each at its own first column", async () => {
    const raws = await openXlsxReader(tmp.file("demo.xlsx")).readTables([
      "Salespeople",
      "Customers",
      "Products",
    ]);
    expect(raws.map((r) => [r.table, r.firstColumn])).toEqual([
      ["Salespeople", 0],
      ["Customers", 7],
      ["Products", 15],
    ]);
  });

  it("reads the settings both ways (hidden settings sheet)", async () => {
    const expected = { ...defaultSettings("zh", 1), signOffOverdueDays: 3 };
    expect((await (await openXlsxPort(tmp.file("demo.xlsx"))).inspect()).settings).toEqual(expected);
    expect((await openXlsxReader(tmp.file("demo.xlsx")).inspect()).settings).toEqual(expected);
  });

  it("appending grows the table and carries the column's validation and number format down", async () => {
    const port = await openXlsxPort(tmp.file("demo.xlsx"));
    const before = port.rowCount("VisitPlan");
    await port.appendRows("VisitPlan", [[46360, "王伟", "客户A", "", "", "订货", "", "", ""]]);
    await port.save(tmp.file("grown.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file("grown.xlsx"));
    const sheet = wb.getWorksheet("拜访计划")!;
    const last = before + 2;
    const model = (sheet.getTable("VisitPlan") as unknown as { table: { tableRef: string } }).table;
    expect(model.tableRef).toBe(`A1:I${last}`);
    expect(sheet.getCell(`A${last}`).numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell(`F${last}`).dataValidation).toMatchObject({ type: "list" });
  });

  it("appending to an absent table is TableMissing", async () => {
    const port = createXlsxPort();
    await expect(port.appendRows("DailyReport", [[1]])).rejects.toMatchObject({ code: "TableMissing" });
  });
});

describe("a demo-sized workbook written with streamed rows", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());
  const demo = generateDemo({
    people: 20,
    days: 15,
    seed: 5,
    start: dayFromIso("2026-11-02"),
    messy: 0.1,
    lang: "zh",
  });

  it("reads back every visit and report row exactly, Chinese text split across compressed chunks included", async () => {
    const port = createXlsxPort();
    await port.applySetup(buildSetupPlan("zh", []));
    for (const t of TABLES.filter((t) => t.name !== "VisitPlan" && t.name !== "DailyReport")) {
      await port.appendRows(t.name, demo.tables[t.name]);
    }
    await port.saveAppending(tmp.file("big.xlsx"), {
      VisitPlan: demo.tables.VisitPlan,
      DailyReport: demo.tables.DailyReport,
    });
    const asRaw = (rows: readonly (readonly unknown[])[]) =>
      rows.map((r) => r.map((v) => (v === null ? "" : v)));
    const streamed = await openXlsxReader(tmp.file("big.xlsx")).readTables([
      "VisitPlan",
      "DailyReport",
      "Customers",
    ]);
    expect(streamed.map((t) => t.rows)).toEqual([
      asRaw(demo.tables.VisitPlan),
      asRaw(demo.tables.DailyReport),
      asRaw(demo.tables.Customers),
    ]);
    const inMemory = await (
      await openXlsxPort(tmp.file("big.xlsx"))
    ).readTables(["VisitPlan", "DailyReport", "Customers"]);
    expect(inMemory).toEqual(streamed);
  });

  it("stretches the table, its validation and its number formats over the streamed rows", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file("big.xlsx"));
    const sheet = wb.getWorksheet("每日销售报告")!;
    const last = demo.tables.DailyReport.length + 1;
    const model = (sheet.getTable("DailyReport") as unknown as { table: { tableRef: string } }).table;
    expect(model.tableRef).toBe(`A1:S${last}`);
    expect(sheet.getCell(`A${last}`).numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell(`C${last}`).dataValidation).toMatchObject({ type: "list" });
  });
});
