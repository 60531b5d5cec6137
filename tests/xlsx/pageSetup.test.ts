/**
 * Pages (issue #15 item 12): templates and rollup sheets print landscape, one page wide, their header rows
 * repeated on every page, from both .xlsx writers (exceljs for set-up, the streaming writer for rollups);
 * LibreOffice prints them to PDF and every page of a long sheet has all of its columns and its header.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { buildSetupPlan } from "../../src/core/plan";
import { sheetPage } from "../../src/core/plan/pages";
import { TABLES } from "../../src/core/schema/tables";
import type { TableName } from "../../src/core/schema/types";
import { createXlsxPort, openXlsxRollup } from "../../src/xlsx";
import { inflateEntry, readZipDirectory } from "../../src/xlsx/zip";
import { describeWith } from "../support/programs";
import { sheetPlan } from "./ownedPlans";
import { tempFolder } from "./workbookFiles";

const tmp = tempFolder("salespace-pages-");
afterAll(() => process.env.KEEP_PAGES || tmp.remove());

const ROWS = 300;

function headersOf(table: TableName): string[] {
  return TABLES.find((t) => t.name === table)!.columns.map((c) => c.header.zh);
}

/** A set-up Chinese workbook whose visit plan and daily report have `ROWS` rows each (`客户001`…). */
async function templatesWithRows(file: string): Promise<string> {
  const port = createXlsxPort();
  await port.applySetup(buildSetupPlan("zh", []));
  for (const table of ["VisitPlan", "DailyReport"] as const) {
    const width = headersOf(table).length;
    const rows = Array.from({ length: ROWS }, (_, r) =>
      Array.from({ length: width }, (_, c) =>
        c === 0 ? "2026-11-02" : `客户${String(r + 1).padStart(3, "0")}`,
      ),
    );
    await port.appendRows(table, rows);
  }
  await port.save(tmp.file(file));
  return tmp.file(file);
}

/** A rollup-like sheet (a header row, then `ROWS` rows of 14 columns) written by zip surgery. */
async function rollupWithRows(file: string): Promise<{ path: string; headers: string[] }> {
  const input = createXlsxPort();
  input.workbook.addWorksheet("日报").getCell("A1").value = "日期";
  await input.save(tmp.file(`in-${file}`));
  const headers = Array.from({ length: 14 }, (_, c) => `列${c + 1}销售额`);
  const body = Array.from({ length: ROWS }, (_, r) =>
    headers.map((_, c) => (c === 0 ? `行${r + 1}` : r * c)),
  );
  const port = openXlsxRollup(tmp.file(`in-${file}`));
  await port.replaceOwnedSheets([
    sheetPlan({
      columnWidths: headers.map(() => 14),
      freeze: { rows: 1, columns: 1 },
      page: sheetPage(1),
      writes: [
        { address: "A1:N1", values: [headers], style: "header", text: true },
        { address: `A2:N${ROWS + 1}`, values: body },
      ],
    }),
  ]);
  await port.save(tmp.file(file));
  return { path: tmp.file(file), headers };
}

describe("page set-up in .xlsx files", () => {
  it("set-up's templates print landscape, one page wide, with the header row on every page", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await templatesWithRows("templates.xlsx"));
    for (const name of ["拜访计划", "每日销售报告", "基础资料"]) {
      expect(wb.getWorksheet(name)!.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:1",
      });
    }
  });

  it("a rollup written into a big workbook gets its print titles as the sheet's own name", async () => {
    const { path } = await rollupWithRows("rollup.xlsx");
    const entries = readZipDirectory(readFileSync(path));
    const workbookXml = inflateEntry(entries.find((e) => e.name === "xl/workbook.xml")!).toString("utf8");
    // The rollup is the second sheet (index 1), after the people's Daily Report.
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Weekly report'!$1:$1</definedName>`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet("Weekly report")!.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
  });
});

describeWith("soffice", "page set-up printed by LibreOffice", (soffice) => {
  jest.setTimeout(180000);

  /** Every page of `xlsx` printed to PDF: its text and whether it is landscape. */
  function pagesOf(xlsx: string): { text: string; landscape: boolean }[] {
    execFileSync(soffice, ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp.dir, xlsx], {
      stdio: "ignore",
    });
    const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    const sizes = execFileSync("pdfinfo", ["-f", "1", "-l", `${count}`, pdf]).toString();
    const landscape = [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    return landscape.map((wide, i) => ({
      landscape: wide,
      text: execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, pdf, "-"]).toString(),
    }));
  }

  it("the visit plan and the daily report with 300 rows print every column and the header on each page", async () => {
    const printed = pagesOf(await templatesWithRows("printed-templates.xlsx"));
    expect(printed.every((p) => p.landscape)).toBe(true);
    const pages = printed.filter((p) => /客户\d{3}/.test(p.text)).map((p) => p.text);
    const whole = (page: string, table: TableName) => {
      const headers = headersOf(table);
      return (
        page.includes("2026-11-02") && page.includes(headers[1]) && page.includes(headers[headers.length - 1])
      );
    };
    // 300 rows of each: several pages, each one page wide (its first and last columns) with the header row.
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect(whole(page, "VisitPlan") || whole(page, "DailyReport")).toBe(true);
    expect(pages.filter((p) => whole(p, "VisitPlan")).length).toBeGreaterThan(1);
    expect(pages.filter((p) => whole(p, "DailyReport")).length).toBeGreaterThan(1);
  });

  it("a rollup sheet with 300 rows prints one page wide with its header row on every page", async () => {
    const { path, headers } = await rollupWithRows("printed-rollup.xlsx");
    const printed = pagesOf(path).filter((p) => /行\d+/.test(p.text));
    expect(printed.length).toBeGreaterThan(1);
    expect(printed.every((p) => p.landscape)).toBe(true);
    for (const { text: page } of printed) {
      expect(page).toContain(headers[0]);
      expect(page).toContain(headers[headers.length - 1]);
    }
  });
});
