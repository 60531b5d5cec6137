/**
 * The shared actions end to end over the Office.js adapter and the in-memory Excel: what the task pane,
 * the ribbon and the command line all run.
 */
import {
  type ActionContext,
  fillSampleData,
  previewSplit,
  refreshRollups,
  setUpWorkbook,
  validateWorkbook,
  writeSplit,
} from "../../src/core/actions";
import { isSalesPaceError } from "../../src/core/errors";
import { TABLES } from "../../src/core/schema/tables";
import { createExcelPort } from "../../src/excel";
import { describeError } from "../../src/core/i18n/errorText";
import { createExcelDouble } from "../../src/excel-double";
import { dayFromIso } from "../support/day";

const TODAY = dayFromIso("2026-11-20");

function workbench(lang: "en" | "zh" = "en") {
  const excel = createExcelDouble();
  const ctx: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang };
  return { excel, ctx };
}

describe("actions over the Excel adapter", () => {
  it("refuses to validate or refresh a workbook that was never set up, saying what to do", async () => {
    const { ctx } = workbench();
    const inventory = await ctx.port.inspect();
    expect(validateWorkbook.canRun(inventory)).toBe(false);
    await expect(validateWorkbook.run(ctx, { writeSheet: false })).rejects.toThrow(/Set up workbook/);
  });

  it("sets up, fills sample data, validates and refreshes rollups", async () => {
    const { excel, ctx } = workbench("zh");
    const setup = await setUpWorkbook.run(ctx, {});
    expect(setup.lang).toBe("zh");
    expect(setup.tablesAdded).toHaveLength(TABLES.length);
    const inventory = await ctx.port.inspect();
    expect(inventory.settings).toMatchObject({ lang: "zh", signOffOverdueDays: 2 });
    expect(fillSampleData.canRun(inventory)).toBe(true);

    const sample = await fillSampleData.run(ctx, { people: 6, days: 20, seed: 7, messy: 0 });
    expect(sample.rows).toBeGreaterThan(500);
    expect(fillSampleData.canRun(await ctx.port.inspect())).toBe(false);
    // A Chinese workbook's yes/no columns say 是/否, as its dropdowns offer (SPEC §1.1).
    for (const def of TABLES) {
      def.columns.forEach((column, i) => {
        if (column.type !== "yesNo") return;
        const answers = new Set(excel.workbook.tableRows(def.name).map((row) => row[i]));
        answers.delete("");
        const foreign = [...answers].filter((a) => a !== "是" && a !== "否");
        expect([def.name, column.key, answers.size > 0, foreign]).toEqual([def.name, column.key, true, []]);
      });
    }

    const validation = await validateWorkbook.run(ctx, { writeSheet: true });
    expect(validation.lang).toBe("zh");
    expect(validation.counts.error).toBe(0);
    expect(
      excel.workbook.sheet("校验结果") ?? excel.workbook.sheets.find((s) => /校验/.test(s.name)),
    ).toBeTruthy();

    const rollup = await refreshRollups.run(ctx, { period: "2026-11", asOf: TODAY });
    expect(rollup.period.text).toBe("2026-11");
    expect(rollup.sheets).toHaveLength(6);
    for (const name of rollup.sheets) expect(excel.workbook.sheet(name)).toBeTruthy();
    const company = rollup.scorecard.lines[rollup.scorecard.lines.length - 1];
    expect(company.level).toBe("company");
    expect(company.metrics.sales.actual).toBeGreaterThan(0);
  });

  it("refresh twice replaces the rollup sheets instead of adding copies", async () => {
    const { excel, ctx } = workbench();
    await setUpWorkbook.run(ctx, {});
    await fillSampleData.run(ctx, { people: 4, days: 10, seed: 3, messy: 0 });
    await refreshRollups.run(ctx, { asOf: TODAY });
    const count = excel.workbook.sheets.length;
    await refreshRollups.run(ctx, { asOf: TODAY });
    expect(excel.workbook.sheets.length).toBe(count);
  });

  it("writes split children to Targets that add up exactly to the parent", async () => {
    const { excel, ctx } = workbench();
    await setUpWorkbook.run(ctx, {});
    await fillSampleData.run(ctx, { people: 5, days: 5, seed: 11, messy: 0 });
    const before = excel.workbook.tableRows("Targets").length;
    const preview = await previewSplit.run(ctx, {
      parent: {
        period: "2027",
        region: null,
        salesperson: null,
        dealer: null,
        product: null,
        metric: "sales",
        value: 1000001,
      },
      into: "months",
      method: "workingDays",
      unit: 1,
    });
    expect(preview.children).toHaveLength(12);
    expect(preview.total).toBe(1000001);
    await writeSplit.run(ctx, { children: preview.children });
    const rows = excel.workbook.tableRows("Targets");
    expect(rows.length).toBe(before + 12);
    const written = rows.slice(before).map((r) => Number(r[6]));
    expect(written.reduce((a, b) => a + b, 0)).toBe(1000001);
  });

  it("never writes a split child that already exists: the sample's months, or a second click", async () => {
    const { excel, ctx } = workbench("zh");
    await setUpWorkbook.run(ctx, {});
    await fillSampleData.run(ctx, { people: 5, days: 5, seed: 11, messy: 0 });
    const targets = excel.workbook.tableRows("Targets");
    const regionYear = targets.find((r) => /^\d{4}$/.test(String(r[0])) && !r[1] && r[5] === "销售额");
    expect(regionYear).toBeDefined();
    const parent = {
      period: String(regionYear![0]),
      region: String(regionYear![3]),
      salesperson: null,
      dealer: null,
      product: null,
      metric: "sales" as const,
      value: Number(regionYear![6]),
    };
    // The sample already holds this region's twelve months, adding up to the year.
    const sample = await previewSplit.run(ctx, { parent, into: "months", method: "workingDays", unit: 1 });
    expect(sample.status).toBe("complete");
    expect(sample.existing).toHaveLength(12);
    expect(sample.existingTotal).toBe(parent.value);
    expect(sample.toWrite).toEqual([]);
    const refused = await writeSplit.run(ctx, { children: sample.children }).catch((e: unknown) => e);
    expect(isSalesPaceError(refused, "BadArgument")).toBe(true);
    expect(excel.workbook.tableRows("Targets")).toHaveLength(targets.length);

    const fresh = { ...parent, period: "2031", value: 1200 };
    const first = await previewSplit.run(ctx, { parent: fresh, into: "months", method: "even", unit: 1 });
    await writeSplit.run(ctx, { children: first.toWrite });
    const second = await writeSplit.run(ctx, { children: first.toWrite }).catch((e: unknown) => e);
    expect(isSalesPaceError(second, "BadArgument")).toBe(true);
    expect((second as Error).message).toMatch(/already has 12 of these rows/);
    expect(excel.workbook.tableRows("Targets")).toHaveLength(targets.length + 12);
  });

  it("refuses an as-of date outside the period, in either language (SPEC §2)", async () => {
    const { ctx } = workbench("zh");
    await setUpWorkbook.run(ctx, {});
    const error = await refreshRollups
      .run(ctx, { period: "2026-11", asOf: dayFromIso("2026-12-25") })
      .catch((e: unknown) => e);
    expect(isSalesPaceError(error, "BadArgument")).toBe(true);
    const { sentence } = describeError(error, "zh");
    expect(sentence).toBe(
      "截至日期 2026-12-25 不在期间 2026-11（2026-11-01 至 2026-11-30）内。请选择该期间内的截至日期，或改选期间。",
    );
    // Without an as-of date, a past period is seen as of its last day.
    const past = await refreshRollups.run(ctx, { period: "2026-10" });
    expect(past.asOf).toBe(dayFromIso("2026-10-31"));
  });

  it("fills sample data that ends on the last working day before today", async () => {
    const { excel, ctx } = workbench();
    await setUpWorkbook.run(ctx, {});
    await fillSampleData.run(ctx, { people: 3, days: 5, seed: 2, messy: 0 });
    const dates = excel.workbook.tableRows("DailyReport").map((r) => Number(r[0]));
    // TODAY is Friday 20 November 2026: the sample runs Friday 13th to Thursday 19th.
    expect(Math.max(...dates)).toBe(dayFromIso("2026-11-19"));
    expect(Math.min(...dates)).toBe(dayFromIso("2026-11-13"));
  });

  it("says which period text is wrong", async () => {
    const { ctx } = workbench();
    await setUpWorkbook.run(ctx, {});
    const error = await refreshRollups.run(ctx, { period: "2026-13" }).catch((e: unknown) => e);
    expect(isSalesPaceError(error, "BadPeriod")).toBe(true);
    expect(String((error as Error).message)).toContain("2026-13");
  });

  it("stops between steps when cancelled", async () => {
    const { ctx } = workbench();
    await setUpWorkbook.run(ctx, {});
    const cancelled = { ...ctx, cancel: { cancelled: true } };
    const error = await validateWorkbook.run(cancelled, { writeSheet: true }).catch((e: unknown) => e);
    expect(isSalesPaceError(error, "Cancelled")).toBe(true);
  });
});
