/** The adapter with the core's real plans (src/core/plan) rather than hand-made ones. */
import { buildSetupPlan } from "../../src/core/plan";
import { generateDemo } from "../../src/core/demo";
import { readBook } from "../../src/core/read";
import { TABLES } from "../../src/core/schema/tables";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../support/excel";

describe("set-up with the real plan", () => {
  it.each(["zh", "en"] as const)(
    "sets up an empty workbook in %s in at most 3 syncs, then writes nothing",
    async (lang) => {
      const excel = createExcelDouble();
      const port = createExcelPort(excel.host);

      const report = await port.applySetup(buildSetupPlan(lang));
      expect(excel.counters.syncs).toBeLessThanOrEqual(3);
      expect(report.tablesAdded).toHaveLength(TABLES.length);
      expect(excel.workbook.tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.name).sort());

      excel.resetCounters();
      const other = lang === "zh" ? "en" : "zh";
      const again = await port.applySetup(buildSetupPlan(other));
      expect(again).toEqual({ sheetsAdded: [], tablesAdded: [], columnsAdded: [], validationsAdded: 0 });
      expect(excel.counters.writes).toBe(0);
    },
  );

  it("round-trips demo rows: appended in bulk, read back as the reader expects", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(buildSetupPlan("zh"));
    const demo = generateDemo({ people: 6, days: 10, seed: 7, start: 46327, messy: 0, lang: "zh" });
    for (const def of TABLES) await port.appendRows(def.name, demo.tables[def.name]);

    const raws = await port.readTables(TABLES.map((t) => t.name));
    const { book } = readBook(raws);

    expect(raws.find((r) => r.table === "DailyReport")!.rows).toHaveLength(demo.tables.DailyReport.length);
    expect(book.dailyReport.length).toBe(demo.tables.DailyReport.length);
    expect(book.salespeople.map((s) => s.name)).toEqual(demo.tables.Salespeople.map((r) => r[1]));
  });
});
