/**
 * The scorecard's formulas, recalculated by a real spreadsheet engine (LibreOffice Calc), give the
 * figures the core computed: set up a workbook with the plans, fill it with demo data, write the
 * rollups with the .xlsx adapter, recalculate, and read every figure back by its address.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateDemo } from "../../../src/core/demo";
import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../../../src/core/metrics";
import { buildCalendar, dayFromYmd, parsePeriod } from "../../../src/core/periods";
import {
  buildRollupPlans,
  buildSetupPlan,
  scorecardFigureCells,
  type RollupInput,
} from "../../../src/core/plan";
import { readBook } from "../../../src/core/read";
import { TABLES } from "../../../src/core/schema/tables";
import type { Lang } from "../../../src/core/schema/types";
import { createXlsxPort } from "../../../src/xlsx";
import { figureMismatches, readRecalculated, recalculateXlsx } from "../../support/libreoffice";
import { describeWith } from "../../support/programs";

const AS_OF = dayFromYmd(2026, 11, 20);

async function writeDemoBook(lang: Lang, period: string, file: string): Promise<RollupInput> {
  const demo = generateDemo({
    people: 6,
    days: 45,
    seed: 11,
    start: dayFromYmd(2026, 9, 28),
    messy: 0,
    lang,
  });
  const port = createXlsxPort();
  await port.applySetup(buildSetupPlan(lang, []));
  for (const table of TABLES) await port.appendRows(table.name, demo.tables[table.name]);
  const { book, headers, locations } = readBook(await port.readTables(TABLES.map((t) => t.name)));
  const index = buildMasterIndex(book);
  const calendar = buildCalendar(book.calendar);
  const view = parsePeriod(period)!;
  const input: RollupInput = {
    lang,
    headers,
    book,
    index,
    calendar,
    period: view,
    asOf: AS_OF,
    scorecard: buildScorecard({ book, index, calendar, period: view, asOf: AS_OF }),
    efficiency: buildEfficiency({ book, index, calendar, from: view.start, to: AS_OF, by: "week" }),
    weekly: buildWeeklyReport({ book, index, calendar, asOf: AS_OF, signOffOverdueDays: 2 }),
    locations,
  };
  await port.replaceOwnedSheets(buildRollupPlans(input));
  await port.save(file);
  return input;
}

describeWith("soffice", "scorecard formulas recalculated by LibreOffice", (soffice) => {
  test("every figure equals the core's, for a month in English and a quarter and a week in Chinese", async () => {
    const dir = mkdtempSync(join(tmpdir(), "salespace-plan-lo-"));
    const cases = [
      { lang: "en" as const, period: "2026-11", file: join(dir, "month-en.xlsx") },
      { lang: "zh" as const, period: "2026-Q4", file: join(dir, "quarter-zh.xlsx") },
      { lang: "zh" as const, period: "2026-W46", file: join(dir, "week-zh.xlsx") },
    ];
    const inputs = [];
    for (const c of cases) inputs.push(await writeDemoBook(c.lang, c.period, c.file));
    const outputs = await recalculateXlsx(
      soffice,
      cases.map((c) => c.file),
      join(dir, "out"),
    );
    for (let i = 0; i < cases.length; i++) {
      const { workbook } = await readRecalculated(outputs[i]);
      const sheet = workbook.getWorksheet(cases[i].lang === "en" ? "Scorecard" : "目标达成")!;
      // `cell.value` of a formula drops a result of 0 (exceljs copies only truthy fields); `result` keeps it.
      const resultAt = (address: string): unknown => {
        const cell = sheet.getCell(address);
        return cell.formula ? (cell.result ?? null) : cell.value;
      };
      const cells = scorecardFigureCells(inputs[i].scorecard);
      const withTarget = cells.filter((c) => c.figure === "target" && c.value !== null);
      expect(withTarget.length).toBeGreaterThan(10);
      const mismatches = figureMismatches(cells, resultAt, `${cases[i].period} `);
      expect(mismatches).toEqual([]);
    }
  }, 120_000);
});
