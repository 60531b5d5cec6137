/** The adapter with the core's real plans (src/core/plan) rather than hand-made ones. */
import { buildMasterIndex } from "../../src/core/lists";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../../src/core/metrics";
import { buildCalendar, dayFromYmd, periodOf } from "../../src/core/periods";
import { buildRollupPlans, buildSetupPlan } from "../../src/core/plan";
import { generateDemo } from "../../src/core/demo";
import { readBook } from "../../src/core/read";
import { TABLES } from "../../src/core/schema/tables";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { rollupInput } from "../core/plan/fixture";
import { weeklyTargetsBook } from "../core/plan/weeklyTargetsBook";

describe("set-up with the real plan", () => {
  it.each(["zh", "en"] as const)(
    "sets up an empty workbook in %s in at most 3 syncs, then writes nothing",
    async (lang) => {
      const excel = createExcelDouble();
      const port = createExcelPort(excel.host);

      const report = await port.applySetup(buildSetupPlan(lang, []));
      expect(excel.counters.syncs).toBeLessThanOrEqual(3);
      expect(report.tablesAdded).toHaveLength(TABLES.length);
      expect(excel.workbook.tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.name).sort());

      excel.resetCounters();
      const other = lang === "zh" ? "en" : "zh";
      const again = await port.applySetup(buildSetupPlan(other, (await port.inspect()).tables));
      expect(again).toEqual({ sheetsAdded: [], tablesAdded: [], columnsAdded: [], validationsAdded: 0 });
      expect(excel.counters.writes).toBe(0);
    },
  );

  it("round-trips demo rows: appended in bulk, read back as the reader expects", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(buildSetupPlan("zh", []));
    const demo = generateDemo({ people: 6, days: 10, seed: 7, start: 46327, messy: 0, lang: "zh" });
    for (const def of TABLES) await port.appendRows(def.name, demo.tables[def.name]);

    const raws = await port.readTables(TABLES.map((t) => t.name));
    const { book } = readBook(raws);

    expect(raws.find((r) => r.table === "DailyReport")!.rows).toHaveLength(demo.tables.DailyReport.length);
    expect(book.dailyReport.length).toBe(demo.tables.DailyReport.length);
    expect(book.salespeople.map((s) => s.name)).toEqual(demo.tables.Salespeople.map((r) => r[1]));
  });
});

describe("rollups with the real plans", () => {
  it("writes every formula with the plan's text and every pivot with the plan's hierarchies", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(buildSetupPlan("en", []));
    const start = 46327;
    const demo = generateDemo({ people: 5, days: 15, seed: 3, start, messy: 0.05, lang: "en" });
    for (const def of TABLES) await port.appendRows(def.name, demo.tables[def.name]);
    const { book, headers, locations } = readBook(await port.readTables(TABLES.map((t) => t.name)));
    const index = buildMasterIndex(book);
    const calendar = buildCalendar(book.calendar);
    const asOf = start + 14;
    const period = periodOf("month", asOf);
    const plans = buildRollupPlans({
      lang: "en",
      locations,
      book,
      headers,
      index,
      calendar,
      period,
      asOf,
      scorecard: buildScorecard({ book, index, calendar, period, asOf }),
      efficiency: buildEfficiency({ book, index, calendar, from: start, to: asOf, by: "week" }),
      weekly: buildWeeklyReport({ book, index, calendar, asOf, signOffOverdueDays: 2 }),
    });

    const report = await port.replaceOwnedSheets(plans);

    expect(report).toEqual({ pivotsSkipped: [] });
    let formulas = 0;
    for (const plan of plans) {
      const sheet = excel.workbook.sheet(plan.name)!;
      for (const write of plan.writes) {
        const at = parseBlockForTest(write.address);
        write.formulas?.forEach((line, r) =>
          line.forEach((formula, c) => {
            if (formula === null) return;
            formulas++;
            expect(sheet.formula(at.row + r, at.column + c)).toBe(formula);
          }),
        );
      }
      plan.pivots.forEach((pivot, i) => {
        expect(sheet.pivots[i]).toMatchObject({
          name: pivot.name,
          sourceTable: pivot.sourceTable,
          rows: pivot.rows,
          columns: pivot.columns,
          filters: pivot.filters,
          data: pivot.data.map((d) => ({ field: d.field, name: d.name, summarizeBy: d.summarizeBy })),
        });
      });
    }
    expect(formulas).toBeGreaterThan(10);
    expect(plans.flatMap((p) => p.pivots).length).toBeGreaterThan(0);
    expect(excel.workbook.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
  }, 60_000);
});

describe("formula length at Excel's limit", () => {
  it("writes a year over 53 weekly targets with five spellings per person: no formula is refused", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    const book = await weeklyTargetsBook(port);
    const plans = buildRollupPlans(rollupInput("zh", book, "2026", dayFromYmd(2026, 12, 31)));
    // The double fails a request with FormulaLengthExceedsLimit as Excel does (src/excel-double/sheet-state.ts).
    await expect(port.replaceOwnedSheets(plans)).resolves.toEqual({ pivotsSkipped: [] });
    const sheet = excel.workbook.sheet(plans[0].name)!;
    // Spelling criteria are text on the sheet, never formulas (" 王伟" typed with a space stays so).
    const write = plans[0].writes.find((w) => w.values.some((r) => r[0] === "王伟" && r.length > 5))!;
    const at = parseBlockForTest(write.address);
    const r = at.row + write.values.findIndex((v) => v[0] === "王伟");
    const cells = [1, 2, 3, 4, 5].map((c) => [
      sheet.value(r, at.column + c),
      sheet.formula(r, at.column + c),
    ]);
    expect(cells).toEqual(
      ["=王伟", "= 王伟", "=S001", "=S００１", "=王伟 "].map((text) => [text, undefined]),
    );
  }, 60_000);
});

/** `C4` / `C4:F9` → 0-based top-left (kept here so the test does not share the adapter's parser). */
function parseBlockForTest(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)/.exec(address)!;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}
