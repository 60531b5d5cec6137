/**
 * The Validation sheet at SPEC §5 size through the Excel double (issue 12, item 1): 200 salespeople ×
 * 250 working days of messy demo data (as tests/core/metrics/scale.test.ts and bench/ use) give tens of
 * thousands of findings. Every request stays under Excel on the web's 5 MB, the sheet stays within
 * Excel's 65,530 hyperlinks, and every finding names its cell as text.
 */
import { type ActionContext, setUpWorkbook, validateWorkbook } from "../../src/core/actions";
import { generateDemo } from "../../src/core/demo";
import { VALIDATION_LINK_LIMIT } from "../../src/core/plan";
import { dayFromYmd } from "../../src/core/periods";
import { TABLES } from "../../src/core/schema/tables";
import { createExcelPort } from "../../src/excel";
import { HYPERLINKS_PER_SHEET } from "../../src/excel-double/range";
import { PAYLOAD_LIMIT_BYTES, createExcelDouble } from "../../src/excel-double";

describe("the double's hyperlink limit", () => {
  it("refuses a worksheet's 65,531st hyperlink, as Excel's specification limits them", async () => {
    const excel = createExcelDouble();
    const addLinks = (from: number, to: number) =>
      excel.host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        for (let r = from; r < to; r++)
          sheet.getRange(`A${r + 1}`).hyperlink = { documentReference: "'Sheet1'!B1" };
        await context.sync();
      });
    for (let start = 0; start < HYPERLINKS_PER_SHEET; start += 20_000)
      await addLinks(start, Math.min(start + 20_000, HYPERLINKS_PER_SHEET));

    const error = await addLinks(HYPERLINKS_PER_SHEET, HYPERLINKS_PER_SHEET + 1).catch((e: unknown) => e);

    expect(excel.workbook.sheet("Sheet1")!.hyperlinks.size).toBe(HYPERLINKS_PER_SHEET);
    expect(error).toMatchObject({ code: "InvalidOperation" });
  });
});

describe("the Validation sheet at full size", () => {
  it("stays under 5 MB per request and within the hyperlink limit, with every cell as text", async () => {
    const lang = "zh";
    const demo = generateDemo({
      people: 200,
      days: 250,
      seed: 1,
      start: dayFromYmd(2025, 11, 17),
      messy: 0.03,
      lang,
    });
    const asOf = demo.tables.DailyReport.reduce<number>(
      (last, row) => (typeof row[0] === "number" && row[0] > last ? row[0] : last),
      0,
    );
    const excel = createExcelDouble();
    const ctx: ActionContext = { port: createExcelPort(excel.host), today: asOf + 1, lang };
    await setUpWorkbook.run(ctx, { lang });
    await ctx.port.appendTables(TABLES.map((def) => ({ table: def.name, rows: demo.tables[def.name] })));
    excel.resetCounters();

    const result = await validateWorkbook.run(ctx, { writeSheet: true });

    const findings = result.findings.length;
    expect(findings).toBeGreaterThan(HYPERLINKS_PER_SHEET);
    const { perSync } = excel.counters;
    const largest = Math.max(...perSync.map((s) => s.requestBytes + s.responseBytes));
    expect({
      failed: perSync.filter((s) => s.failed).length,
      largest: largest <= PAYLOAD_LIMIT_BYTES,
    }).toEqual({
      failed: 0,
      largest: true,
    });
    const sheet = excel.workbook.sheet("校验结果")!;
    expect(sheet.hyperlinks.size).toBe(VALIDATION_LINK_LIMIT);
    const grid = excel.workbook.dump("校验结果");
    const header = grid.findIndex((line) => line[0] === "级别");
    const list = grid.slice(header + 1);
    expect(list).toHaveLength(findings);
    const withRow = list.filter((line) => line[3] !== "");
    expect(withRow.every((line) => /^[A-Z]{1,3}\d+$/.test(String(line[6])) && line[5] !== "")).toBe(true);
    // The summary above the list counts every finding once.
    const summaryHeader = grid.findIndex((line) => line[0] === "代码");
    const counted = grid.slice(summaryHeader + 1, header - 2).reduce((sum, line) => sum + Number(line[4]), 0);
    expect(counted).toBe(findings);
  }, 600_000);
});
