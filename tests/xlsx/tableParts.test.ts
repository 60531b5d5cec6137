import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { buildSetupPlan } from "../../src/core/plan";
import { TABLES } from "../../src/core/schema/tables";
import { createXlsxPort, openXlsxReader } from "../../src/xlsx";
import * as sheetStream from "../../src/xlsx/sheetStream";
import { runCli } from "../cli/runCli";
import { writeHandMadeBook, zipOf } from "./handMadePackage";
import { sha256, tempFolder } from "./workbookFiles";

const tmp = tempFolder();
afterAll(() => tmp.remove());

const PRODUCT_HEADERS = ["产品编码", "Name", "品类", "单价", "单位成本"];
const PEOPLE_HEADERS = ["工号", "姓名", "区域", "办事处", "主管", "在职"];
// Long enough that decompressed chunks end inside a three-byte character many times.
const products = Array.from({ length: 3000 }, (_, i) => [
  `P${i}`,
  `快客便利店特供装·${i}号 & 'Ltd' <${"华".repeat(i % 7)}>`,
  i % 3 === 0 ? "饮料" : "零食",
  10 + i,
  null,
]);

describe("tables come from the table parts, in parts spelled as other tools spell them", () => {
  const book = tmp.file("handmade.xlsx");
  beforeAll(() =>
    writeHandMadeBook(book, [
      {
        name: "基础资料",
        tables: [
          { name: "Products", at: { row: 5, column: 3 }, headers: PRODUCT_HEADERS, rows: products },
          {
            name: "Salespeople",
            at: { row: 2, column: 10 },
            headers: PEOPLE_HEADERS,
            rows: [["S01", "王伟", "华东", "上海", "李强", "Y"]],
          },
        ],
        loose: [[1, 1, "基础资料 — 手工制作"]],
      },
    ]),
  );

  it("reads x:-prefixed, single-quoted parts with tables away from A1, Chinese text intact", async () => {
    const [people, list] = await openXlsxReader(book).readTables(["Salespeople", "Products"]);
    expect(people).toEqual({
      table: "Salespeople",
      sheet: "基础资料",
      headerRow: 2,
      firstColumn: 9,
      headers: PEOPLE_HEADERS,
      rows: [["S01", "王伟", "华东", "上海", "李强", "Y"]],
    });
    expect(list).toMatchObject({ sheet: "基础资料", headerRow: 5, firstColumn: 2, headers: PRODUCT_HEADERS });
    expect(list.rows).toEqual(products.map((r) => r.map((v) => (v === null ? "" : v))));
  });

  it("says which sheets there are and leaves out tables it was not asked for", async () => {
    const inventory = await openXlsxReader(book).inspect();
    expect(inventory.sheets).toEqual(["基础资料"]);
    expect(inventory.tables.map((t) => [t.table, t.rowCount])).toEqual([
      ["Salespeople", 1],
      ["Products", 3000],
    ]);
  });
});

describe("a header row that is not an Excel table is not a table", () => {
  it("a DailyReport header typed on its sheet but converted to a range is missing (exit 2, file untouched)", async () => {
    const port = createXlsxPort();
    await port.applySetup(buildSetupPlan("zh", []));
    await port.save(tmp.file("set-up.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tmp.file("set-up.xlsx"));
    const report = TABLES.find((t) => t.name === "DailyReport")!;
    // Excel's "Convert to Range": the header cells stay, the table goes.
    workbook.getWorksheet(report.sheet.zh)!.removeTable("DailyReport");
    await workbook.xlsx.writeFile(tmp.file("no-table.xlsx"));
    expect(workbook.getWorksheet(report.sheet.zh)!.getCell("A1").value).toBe(report.columns[0].header.zh);
    const before = sha256(tmp.file("no-table.xlsx"));

    const run = await runCli(["validate", tmp.file("no-table.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("DailyReport");
    expect(sha256(tmp.file("no-table.xlsx"))).toBe(before);
  });
});

describe("what is and is not a corrupt workbook", () => {
  const sheet = (data: string) =>
    zipOf({
      "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lists" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": data,
      "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/t.xml"/></Relationships>`,
      "xl/tables/t.xml": `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Products" displayName="Products" ref="A1:B2"><tableColumns count="2"><tableColumn id="1" name="Code"/><tableColumn id="2" name="Name"/></tableColumns></table>`,
    });
  const MAIN = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;

  it("a sheet that is not well-formed XML is NotAWorkbook naming the file", async () => {
    writeFileSync(
      tmp.file("bad-xml.xlsx"),
      sheet(`<worksheet ${MAIN}><sheetData><row r="1"><c r="A1"></row>`),
    );
    await expect(openXlsxReader(tmp.file("bad-xml.xlsx")).readTables(["Products"])).rejects.toMatchObject({
      code: "NotAWorkbook",
      message: expect.stringContaining("bad-xml.xlsx"),
    });
  });

  it("reads a well-formed package whose table header cells are absent from the sheet (names from the part)", async () => {
    writeFileSync(
      tmp.file("ok.xlsx"),
      sheet(
        `<worksheet ${MAIN}><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c></row></sheetData></worksheet>`,
      ),
    );
    const [products] = await openXlsxReader(tmp.file("ok.xlsx")).readTables(["Products"]);
    expect(products).toMatchObject({ headers: ["Code", "Name"], rows: [["P1", ""]] });
  });

  it("a bug while reading is not reported as a corrupt workbook", async () => {
    const spy = jest.spyOn(sheetStream, "sheetRows").mockImplementation(() => {
      throw new TypeError("cells is undefined");
    });
    try {
      await expect(openXlsxReader(tmp.file("ok.xlsx")).readTables(["Products"])).rejects.toThrow(TypeError);
      const run = await runCli(["validate", tmp.file("ok.xlsx")]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain("internal error");
    } finally {
      spy.mockRestore();
    }
  });
});
