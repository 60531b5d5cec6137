/**
 * SPEC §8.3–§8.4: the customer thresholds are workbook settings. A changed setting changes what Validate
 * (W10–W13) and Refresh rollups (classes, silent customers, the Weekly lines) say, through the pane's
 * adapter and through the command line's settings sheet alike.
 */
import ExcelJS from "exceljs";
import {
  type ActionContext,
  fillSampleData,
  refreshRollups,
  setUpWorkbook,
  validateWorkbook,
} from "../../src/core/actions";
import { NUMBER_SETTINGS, restoreSettings } from "../../src/core/settings";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { readSettingsSheet, writeSettingsSheet } from "../../src/xlsx/settingsSheet";
import { dayFromIso } from "../support/day";
import { runCli } from "../cli/runCli";
import { tempFolder } from "../xlsx/workbookFiles";

const TODAY = dayFromIso("2026-11-20");

async function sampleBook() {
  const excel = createExcelDouble();
  const ctx: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang: "zh" };
  await setUpWorkbook.run(ctx, {});
  await fillSampleData.run(ctx, { people: 6, days: 40, seed: 5, messy: 0 });
  const change = async (values: Partial<Record<keyof typeof NUMBER_SETTINGS, number>>) => {
    const settings = (await ctx.port.inspect()).settings!;
    await ctx.port.writeSettings({ ...settings, ...values });
  };
  return { ctx, change };
}

const count = (findings: readonly { code: string }[], code: string) =>
  findings.filter((f) => f.code === code).length;

describe("customer thresholds as workbook settings", () => {
  it("are settings with the handbook's defaults, read back from the settings sheet's rows", () => {
    const defaults = Object.fromEntries(Object.entries(NUMBER_SETTINGS).map(([k, v]) => [k, v.default]));
    expect(defaults).toMatchObject({
      silentVisitDays: 30,
      silentOrderDays: 60,
      interviewDays: 14,
      classAPercent: 80,
      classBPercent: 95,
      visitNormA: 4,
      visitNormB: 2,
      visitNormC: 1,
    });
    const rows = [
      ["lang", "zh"],
      ["schemaVersion", 1],
      ["silentVisitDays", "21"],
      ["classAPercent", 70],
    ];
    expect(restoreSettings(rows)).toMatchObject({ silentVisitDays: 21, classAPercent: 70, visitNormA: 4 });
  });

  it("W10 and the silent customers follow the silent-visit days (Validate and Refresh rollups)", async () => {
    const { ctx, change } = await sampleBook();
    const before = await validateWorkbook.run(ctx, { writeSheet: false });
    const rollupBefore = await refreshRollups.run(ctx, { period: "2026-11", asOf: TODAY });
    await change({ silentVisitDays: 5, silentOrderDays: 5 });
    const after = await validateWorkbook.run(ctx, { writeSheet: false });
    const rollupAfter = await refreshRollups.run(ctx, { period: "2026-11", asOf: TODAY });
    expect(count(after.findings, "W10")).toBeGreaterThan(count(before.findings, "W10"));
    expect(rollupAfter.customers.silent.length).toBeGreaterThan(rollupBefore.customers.silent.length);
    expect(rollupAfter.customers.silent.length).toBe(count(after.findings, "W10"));
  });

  it("the ABC shares decide the classes, and the visit norms decide W13", async () => {
    const { ctx, change } = await sampleBook();
    const a = async () =>
      (await refreshRollups.run(ctx, { period: "2026-11", asOf: TODAY })).customers.classes[0].customers;
    const w13 = async () => count((await validateWorkbook.run(ctx, { writeSheet: false })).findings, "W13");
    const classA = await a();
    const underVisited = await w13();
    await change({ classAPercent: 50, classBPercent: 60 });
    expect(await a()).toBeLessThan(classA);
    await change({ classAPercent: 80, classBPercent: 95, visitNormA: 0, visitNormB: 0, visitNormC: 0 });
    expect(underVisited).toBeGreaterThan(0);
    expect(await w13()).toBe(0);
  });

  it("the command line reads them from the settings sheet", async () => {
    const tmp = tempFolder();
    try {
      const path = tmp.file("silent.xlsx");
      const demo = ["demo", path, "--people", "5", "--days", "40", "--seed", "4", "--quiet"];
      expect((await runCli(demo)).code).toBe(0);
      const silentCount = async () => {
        const out = await runCli(["rollup", path, "--period", "2026-11", "--as-of", "2026-11-20", "--json"]);
        return (
          JSON.parse(out.stdout) as { customers: { lines: { flags: string[] }[] } }
        ).customers.lines.filter((l) => l.flags.includes("silent")).length;
      };
      const before = await silentCount();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      writeSettingsSheet(wb, { ...readSettingsSheet(wb)!, silentVisitDays: 3, silentOrderDays: 3 });
      await wb.xlsx.writeFile(path);
      expect(await silentCount()).toBeGreaterThan(before);
    } finally {
      tmp.remove();
    }
  });
});
