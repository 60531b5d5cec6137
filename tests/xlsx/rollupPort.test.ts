/**
 * Rollups written into the zip without loading the workbook (XlsxRollupPort, the path
 * `salespace rollup` takes): what exceljs reads back from the file must be what the in-memory path
 * writes for the same plan, and everything outside the owned sheets must be copied byte for byte.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { OwnedSheetPlan } from "../../src/core/plan/types";
import { createXlsxPort, openXlsxRollup } from "../../src/xlsx";
import { inflateEntry, readZipDirectory } from "../../src/xlsx/zip";
import { FACTS, PIVOTS, sheetPlan } from "./ownedPlans";
import { sha256, tempFolder } from "./workbookFiles";

describe("xlsx rollups written by zip surgery", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());

  /** A workbook with a template-like sheet, an old Chinese weekly report and an old facts table. */
  async function inputBook(name: string): Promise<string> {
    const port = createXlsxPort();
    port.workbook.addWorksheet("Daily Report").getCell("A1").value = "日期";
    port.workbook.addWorksheet("周报").getCell("A1").value = "last week's report";
    await port.replaceOwnedSheets([FACTS]);
    await port.save(tmp.file(name));
    return tmp.file(name);
  }

  async function rollUp(
    input: string,
    output: string,
    plans: readonly OwnedSheetPlan[],
  ): Promise<ExcelJS.Workbook> {
    const port = openXlsxRollup(input);
    await port.replaceOwnedSheets(plans);
    await port.save(tmp.file(output));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file(output));
    return wb;
  }

  it("writes a formula with the core's value as its cached result, a result of 0 and a text result included", async () => {
    const wb = await rollUp(await inputBook("in-formulas.xlsx"), "formulas.xlsx", [
      sheetPlan({
        writes: [
          {
            address: "A1:C1",
            values: [[1200, 0, "华东"]],
            formulas: [["=SUM(C1:C3)", "=C1-C1", '=IF(1,"华东","")']],
            numberFormat: "#,##0",
            style: "total",
          },
        ],
      }),
    ]);
    const sheet = wb.getWorksheet("Weekly report")!;
    expect(["A1", "B1", "C1"].map((a) => [sheet.getCell(a).formula, sheet.getCell(a).result])).toEqual([
      ["SUM(C1:C3)", 1200],
      ["C1-C1", 0],
      ['IF(1,"华东","")', "华东"],
    ]);
    expect(sheet.getCell("A1").numFmt).toBe("#,##0");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true });
    expect(sheet.getCell("A1").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "double" } });
  });

  it("writes people's text starting with = + - @ as text with format @, never as a formula", async () => {
    const risky = ['=HYPERLINK("http://x")', "+86 138", "-5%", "@all"];
    const wb = await rollUp(await inputBook("in-text.xlsx"), "text.xlsx", [
      sheetPlan({ writes: [{ address: "B3:B6", values: risky.map((t) => [t]), text: true }] }),
    ]);
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

  it("writes the facts table as a table part, its text columns as text, and links to a row", async () => {
    const wb = await rollUp(await inputBook("in-facts.xlsx"), "facts.xlsx", [FACTS]);
    const sheet = wb.getWorksheet("Facts")!;
    const table = sheet.getTable("SP_Facts") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A1:C3");
    expect([sheet.getCell("B2").value, sheet.getCell("B2").numFmt, sheet.getCell("C3").numFmt]).toEqual([
      "=evil",
      "@",
      "#,##0.00",
    ]);
    // An internal link is a `location` (no relationship); exceljs reads only links with one, so the
    // sheet's XML is checked here.
    expect(sheet.getCell("E1").value).toBe("row 7");
    const zip = readZipDirectory(readFileSync(tmp.file("facts.xlsx")));
    const sheets = zip.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
    const factsXml = inflateEntry(sheets[sheets.length - 1]).toString("utf8");
    expect(factsXml).toContain(
      `<hyperlink ref="E1" location="'Daily Report'!A7" display="row 7" tooltip="Go to the row"/>`,
    );
    const tables = zip.filter((e) => /^xl\/tables\/.+\.xml$/.test(e.name));
    expect(tables).toHaveLength(1); // the old SP_Facts left with its sheet
    const types = inflateEntry(zip.find((e) => e.name === "[Content_Types].xml")!).toString("utf8");
    expect(types).toContain(`PartName="/${tables[0].name}"`);
  });

  it("keeps widths, frozen rows, the tab colour and traffic-light conditional formats", async () => {
    const wb = await rollUp(await inputBook("in-looks.xlsx"), "looks.xlsx", [
      sheetPlan({
        writes: [{ address: "A3:B3", values: [[0.5, 0.9]], numberFormat: "0.0%" }],
        conditionalFormats: [{ address: "A3:B3", formula: "=A3<0.8", fill: "#FDE7E9", fontColor: "#A80000" }],
      }),
    ]);
    const sheet = wb.getWorksheet("Weekly report")!;
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([14, 30]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF0F6CBD" });
    expect(sheet.getCell("A3").numFmt).toBe("0.0%");
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0]).toMatchObject({
      ref: "A3:B3",
      rules: [
        {
          type: "expression",
          formulae: ["A3<0.8"],
          style: { fill: { bgColor: { argb: "FFFDE7E9" } }, font: { color: { argb: "FFA80000" } } },
        },
      ],
    });
  });

  it("replaces the sheet of either language's name, puts the new ones last and copies every other entry's bytes", async () => {
    const input = await inputBook("in-replace.xlsx");
    const wb = await rollUp(input, "replaced.xlsx", [
      sheetPlan({ writes: [{ address: "A1", values: [["new"]] }] }),
      FACTS,
    ]);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Daily Report", "Weekly report", "Facts"]);
    expect(wb.getWorksheet("Weekly report")!.getCell("A1").value).toBe("new");
    const before = new Map(readZipDirectory(readFileSync(input)).map((e) => [e.name, e.compressed]));
    const after = readZipDirectory(readFileSync(tmp.file("replaced.xlsx")));
    const edited = [
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "docProps/app.xml",
      "xl/styles.xml",
    ];
    const copied = after.filter((e) => before.has(e.name) && !edited.includes(e.name));
    expect(copied.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    for (const e of copied)
      expect({ name: e.name, same: before.get(e.name)!.equals(e.compressed) }).toEqual({
        name: e.name,
        same: true,
      });
    const app = inflateEntry(after.find((e) => e.name === "docProps/app.xml")!).toString("utf8");
    expect(app).toContain(
      "<vt:lpstr>Daily Report</vt:lpstr><vt:lpstr>Weekly report</vt:lpstr><vt:lpstr>Facts</vt:lpstr>",
    );
    expect(app).not.toContain("周报");
  });

  it("leaves the input untouched and writes nothing when a sheet cannot be rendered", async () => {
    const input = await inputBook("in-broken.xlsx");
    const hash = sha256(input);
    const port = openXlsxRollup(input);
    await expect(
      port.replaceOwnedSheets([sheetPlan({ writes: [{ address: "not-an-address", values: [["x"]] }] })]),
    ).rejects.toThrow(/not-an-address/);
    expect(sha256(input)).toBe(hash);
  });

  it("leaves a note on the Pivots sheet: the file is written without PivotTables", async () => {
    const wb = await rollUp(await inputBook("in-pivots.xlsx"), "pivots.xlsx", [PIVOTS]);
    const notes = [3, 4].map((r) => String(wb.getWorksheet("Pivots")!.getCell(`A${r}`).value));
    expect(notes[0]).toMatch(/PivotTables are created by the SalesPace add-in/);
    // The plan's words, written as they are: the adapter has none of its own.
    expect(notes.slice(0, 2)).toEqual(PIVOTS.pivotNotes!.withoutExcel);
    expect(notes[1]).toBe(
      "SP_PivotSales: SP_Facts — rows Region, Salesperson; columns Month; values Sum of Sales",
    );
  });
});
