/**
 * Appending rows within Excel's behaviour (issue 12, item 3): Excel reads a string written into a General
 * cell as if typed, a table that shows its Total Row has that row directly below its data body, and a
 * table that does not grow (AutoCorrect off) must stop the operation, not be written over.
 */
import { isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import { describeError } from "../../src/core/i18n/errorText";
import { createExcelDouble, showTotalRow, typedEntry } from "../../src/excel-double";

const REPORT_HEADERS = ["日期", "销售员", "出勤", "客户", "拜访目的", "洽谈结果"];
const TARGET_HEADERS = ["期间", "销售员", "经销商", "区域", "产品", "指标", "目标值"];

describe("the double reads a string in a General cell as if typed", () => {
  it.each([
    ["=A1+1", { kind: "formula", formula: "=A1+1" }],
    ["-can we", { kind: "formula", formula: "=-can we" }],
    ["2026-01", { kind: "value", value: 46023 }],
    ["2026-11-20", { kind: "value", value: 46346 }],
    ["TRUE", { kind: "value", value: true }],
    ["false", { kind: "value", value: false }],
    ["12%", { kind: "value", value: 0.12 }],
    ["9:30", { kind: "value", value: 0.3958333333333333 }],
    ["0x1F", { kind: "value", value: "0x1F" }],
    ["2026-W48", { kind: "value", value: "2026-W48" }],
    ["2026-02-30", { kind: "value", value: "2026-02-30" }],
    ["1200", { kind: "value", value: 1200 }],
  ])("%s", (text, entry) => {
    expect(typedEntry(text)).toEqual(entry);
  });
});

describe("appendRows in Excel's terms", () => {
  it("writes text columns as text: a leading = and a period like 2026-01 stay as typed", async () => {
    const excel = createExcelDouble({
      tables: [
        { sheet: "每日销售报告", name: "DailyReport", anchor: "C4", headers: REPORT_HEADERS, rows: [] },
        { sheet: "目标分解", name: "Targets", headers: TARGET_HEADERS, rows: [] },
      ],
    });
    const port = createExcelPort(excel.host);

    await port.appendRows("DailyReport", [
      [46346, "王伟", "出勤", "华联超市", "订货", "=can we keep the old price one more month"],
      [46346, "李娜", "出勤", "大润发", "订货", "TRUE"],
    ]);
    await port.appendRows("Targets", [["2026-01", "王伟", null, "华东", null, "销售额", 120000]]);

    expect(excel.workbook.tableRows("DailyReport")).toEqual([
      [46346, "王伟", "出勤", "华联超市", "订货", "=can we keep the old price one more month"],
      [46346, "李娜", "出勤", "大润发", "订货", "TRUE"],
    ]);
    expect(excel.workbook.sheet("每日销售报告")!.formula(4, 7)).toBeUndefined();
    expect(excel.workbook.tableRows("Targets")).toEqual([
      ["2026-01", "王伟", "", "华东", "", "销售额", 120000],
    ]);
  });

  it("puts rows above a shown Total Row and leaves the totals whole", async () => {
    const excel = createExcelDouble({
      tables: [
        {
          sheet: "目标分解",
          name: "Targets",
          anchor: "B2",
          headers: TARGET_HEADERS,
          rows: [["2026", "王伟", "", "华东", "", "销售额", 1]],
        },
      ],
    });
    const table = excel.workbook.table("Targets")!;
    showTotalRow(table, "汇总");
    const rows = Array.from({ length: 80_000 }, (_, i) => [
      `2026-${String((i % 12) + 1).padStart(2, "0")}`,
      `销售员${i}`,
      null,
      "华东",
      null,
      "销售额",
      i,
    ]);

    await createExcelPort(excel.host).appendRows("Targets", rows);

    const body = excel.workbook.tableRows("Targets");
    expect(body).toHaveLength(1 + rows.length);
    expect(body[1]).toEqual(["2026-01", "销售员0", "", "华东", "", "销售额", 0]);
    expect(body[rows.length][1]).toBe(`销售员${rows.length - 1}`);
    expect(table.showTotals).toBe(true);
    expect(excel.workbook.sheet("目标分解")!.value(table.rect.bottom, 1)).toBe("汇总");
    expect(excel.counters.syncs).toBeGreaterThan(2);
  });

  it("stops with a named error when the table does not grow, before writing the next chunk", async () => {
    const excel = createExcelDouble({
      tables: [
        {
          sheet: "每日销售报告",
          name: "DailyReport",
          headers: REPORT_HEADERS,
          rows: [[46345, "王伟", "出勤", "", "", ""]],
        },
      ],
    });
    excel.workbook.autoExpansion = false;
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      46346,
      `销售员${i % 200}`,
      "出勤",
      `客户${i}`,
      "订货",
      "x".repeat(80),
    ]);

    const error = await createExcelPort(excel.host)
      .appendRows("DailyReport", rows)
      .catch((e: unknown) => e);

    expect(isSalesPaceError(error, "TableDidNotGrow")).toBe(true);
    expect((error as Error).message).toMatch(/Table DailyReport did not grow/);
    expect(describeError(error, "zh").sentence).toMatch(/表格 DailyReport 没有按预期扩展/);
    // Sync 1 looks, sync 2 writes the first chunk and finds the table the same size: nothing more.
    expect(excel.counters.syncs).toBe(2);
    expect(excel.workbook.tableRows("DailyReport")).toHaveLength(1);
  });
});
