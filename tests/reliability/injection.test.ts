/**
 * Formula injection (issue #8, part 5; SPEC §6): text that people typed and SalesPace copies into its
 * own sheets (Validation, Weekly report, Facts, Scorecard) stays text, whatever it starts with
 * (`=`, `+`, `-`, `@`, tab, carriage return). Checked three ways: in the Excel double (which turns such
 * text into a formula unless the cell is formatted as text, as Excel does), in the .xlsx files the
 * command line and the xlsx adapter write, and after LibreOffice has recalculated those files.
 */
import ExcelJS from "exceljs";
import { refreshRollups, validateWorkbook } from "../../src/core/actions";
import { openXlsxPort } from "../../src/xlsx";
import { ownedSheetNames } from "../../src/core/plan";
import { TABLES } from "../../src/core/schema/tables";
import type { TableName } from "../../src/core/schema/types";
import { describeWith } from "../support/programs";
import { readRecalculated, recalculateXlsx } from "../support/libreoffice";
import { runCli } from "../cli/runCli";
import { tempFolder } from "../xlsx/workbookFiles";
import { FORMULA_LIKE } from "./cells";
import { FORMULA_START, PAYLOAD_MARKERS, injectedRows, outsideLiterals } from "./injectedRows";
import { TODAY, filledBench } from "./workbench";

const OWNED = new Set(ownedSheetNames().map((n) => n.toLowerCase()));
const DAY = TODAY - 1;

afterAll(() => console.log(`formula injection: ${FORMULA_LIKE.length} injection strings`));

interface CopiedCell {
  readonly where: string;
  readonly text: string;
  readonly asText: boolean;
}

function expectNoPayloadFormula(formulas: readonly { where: string; formula: string }[]): void {
  // A name may sit inside a criterion's string literal ("=王伟"); outside the literals it would run.
  const bad = formulas.filter((f) => PAYLOAD_MARKERS.some((m) => outsideLiterals(f.formula).includes(m)));
  expect(bad).toEqual([]);
}

/**
 * A payload as it may legitimately come back: trimmed (a name is matched without its surrounding
 * space) and, through an .xlsx file, with CR as LF (exceljs writes a bare CR into the XML, which
 * every XML reader turns into LF; the text stays text).
 */
function spellings(payload: string): string[] {
  const lf = payload.replace(/\r\n?/g, "\n");
  return [payload, payload.trim(), lf, lf.trim()];
}

const isPayload = (text: string) => FORMULA_LIKE.some((p) => spellings(p).includes(text));

/** Every payload was copied somewhere, each listed sheet got copies, and all of them are kept as text. */
function expectCopiedAsText(cells: readonly CopiedCell[], sheets: readonly string[]): void {
  const unsafe = cells.filter((c) => (FORMULA_START.test(c.text) || isPayload(c.text)) && !c.asText);
  expect(unsafe).toEqual([]);
  for (const payload of FORMULA_LIKE) {
    const copied = cells.some((c) => spellings(payload).includes(c.text));
    expect({ payload, copied }).toEqual({ payload, copied: true });
  }
  for (const sheet of sheets) {
    const copies = cells.some((c) => c.where.startsWith(`${sheet}!`) && isPayload(c.text));
    expect({ sheet, copies }).toEqual({ sheet, copies: true });
  }
}

describe("people's formula-like text in the Excel add-in's own sheets", () => {
  it("stays text on Validation, Weekly report, Facts and Scorecard", async () => {
    const b = await filledBench();
    const customer = String(b.excel.workbook.tableRows("Customers")[0][1]);
    const region = String(b.excel.workbook.tableRows("Salespeople")[0][2]);
    const rows = injectedRows(customer, region, DAY);
    // As a person pasting text would leave them (the cells hold the text, not a formula).
    for (const [table, list] of Object.entries(rows)) b.excel.inject.colleagueAppends(1, table, list);
    await validateWorkbook.run(b.ctx, { writeSheet: true });
    await refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY });

    const formulas: { where: string; formula: string }[] = [];
    const cells: CopiedCell[] = [];
    for (const sheet of b.excel.workbook.sheets) {
      if (!OWNED.has(sheet.name.toLowerCase())) continue;
      const used = sheet.usedRect();
      if (!used) continue;
      for (let r = 0; r <= used.bottom; r++)
        for (let c = 0; c <= used.right; c++) {
          const where = `${sheet.name}!R${r + 1}C${c + 1}`;
          const formula = sheet.formula(r, c);
          if (formula !== undefined) formulas.push({ where, formula });
          const value = sheet.value(r, c);
          if (typeof value === "string" && value !== "")
            cells.push({ where, text: value, asText: sheet.numberFormat(r, c) === "@" });
        }
    }
    expectNoPayloadFormula(formulas);
    expectCopiedAsText(cells, ["Validation", "Weekly report", "Facts", "Scorecard"]);
  });
});

/** The payload rows appended to a demo workbook through the xlsx adapter, saved to `path`. */
async function injectInto(path: string): Promise<void> {
  const port = await openXlsxPort(path);
  const raws = await port.readTables(["Customers", "Salespeople"]);
  const customer = String(raws.find((r) => r.table === "Customers")!.rows[0][1]);
  const region = String(raws.find((r) => r.table === "Salespeople")!.rows[0][2]);
  for (const [table, list] of Object.entries(injectedRows(customer, region, DAY)))
    await port.appendRows(table as TableName, list);
  await port.save(path);
}

/** Cells of the owned sheets in a saved .xlsx, as exceljs reads them back. */
async function cellsOf(
  path: string,
): Promise<{ formulas: { where: string; formula: string }[]; cells: CopiedCell[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const formulas: { where: string; formula: string }[] = [];
  const cells: CopiedCell[] = [];
  workbook.eachSheet((sheet) => {
    if (!OWNED.has(sheet.name.toLowerCase())) return;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const where = `${sheet.name}!${cell.address}`;
        if (cell.formula) formulas.push({ where, formula: cell.formula });
        else if (typeof cell.value === "string")
          cells.push({
            where,
            text: cell.value,
            asText: cell.type === ExcelJS.ValueType.String && cell.numFmt === "@",
          });
      }),
    );
  });
  return { formulas, cells };
}

describe("people's formula-like text in the .xlsx the command line writes", () => {
  const tmp = tempFolder("salespace-injection-");
  let rolledUp = "";
  let validated = "";

  beforeAll(async () => {
    const book = tmp.file("book.xlsx");
    const demo = await runCli(["demo", book, "--people", "3", "--days", "8", "--seed", "4", "--quiet"]);
    expect(demo.code).toBe(0);
    await injectInto(book);
    rolledUp = tmp.file("rolled.xlsx");
    const rollup = await runCli([
      "rollup",
      book,
      "--period",
      "2026-11",
      "--as-of",
      "2026-11-20",
      "--out",
      rolledUp,
      "--quiet",
    ]);
    expect(rollup.stderr).toBe("");
    expect(rollup.code).toBe(0);
    // The Validation sheet is written by the same action as in Excel, over the xlsx adapter.
    validated = tmp.file("validated.xlsx");
    const port = await openXlsxPort(book);
    await validateWorkbook.run({ port, today: TODAY, lang: "en" }, { writeSheet: true });
    await port.save(validated);
  }, 60_000);
  afterAll(() => tmp.remove());

  it("salespace rollup keeps it as text on Weekly report, Facts and Scorecard", async () => {
    const { formulas, cells } = await cellsOf(rolledUp);
    expectNoPayloadFormula(formulas);
    expectCopiedAsText(cells, ["Weekly report", "Facts", "Scorecard"]);
  });

  it("the Validation sheet written to .xlsx keeps it as text", async () => {
    const { formulas, cells } = await cellsOf(validated);
    expectNoPayloadFormula(formulas);
    expectCopiedAsText(cells, ["Validation"]);
  });

  it("the template tables themselves still hold the text as typed", async () => {
    const port = await openXlsxPort(rolledUp);
    const [report] = await port.readTables(["DailyReport"]);
    const feedback = TABLES.find((t) => t.name === "DailyReport")!.columns.findIndex(
      (c) => c.key === "customerFeedback",
    );
    const typed = new Set(report.rows.map((r) => r[feedback]));
    for (const payload of FORMULA_LIKE) {
      const kept = spellings(payload).some((s) => typed.has(s));
      expect({ payload, kept }).toEqual({ payload, kept: true });
    }
  });

  describeWith("soffice", "after LibreOffice recalculates the files", (soffice) => {
    it("every copied payload is still the same text, not a computed value or an error", async () => {
      const [rolled, valid] = await recalculateXlsx(soffice, [rolledUp, validated], tmp.file("recalculated"));
      for (const [path, sheets] of [
        [rolled, ["Weekly report", "Facts", "Scorecard"]],
        [valid, ["Validation"]],
      ] as const) {
        const before = await cellsOf(path === rolled ? rolledUp : validated);
        const after = await readRecalculated(path);
        const copies = before.cells.filter((c) => isPayload(c.text));
        expect(copies.length).toBeGreaterThan(0);
        for (const copy of copies) {
          const [sheet, address] = copy.where.split("!");
          expect({ at: copy.where, value: after.cell(sheet, address) }).toEqual({
            at: copy.where,
            value: copy.text,
          });
          expect({ at: copy.where, formula: after.formula(sheet, address) }).toEqual({
            at: copy.where,
            formula: null,
          });
        }
        expect(sheets.length).toBeGreaterThan(0);
      }
    }, 120_000);
  });
});
