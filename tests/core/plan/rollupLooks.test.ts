/** How the rollup sheets read (issue 15): no negative daily rate, no empty weeks, whole counts, fitting widths. */
import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency, metricFigures } from "../../../src/core/metrics";
import { buildCalendar } from "../../../src/core/periods";
import { displayWidth, fitColumnWidths } from "../../../src/core/plan/columnWidths";
import { requiredRateFormat, targetFormat } from "../../../src/core/plan/figureFormats";
import { blockWrite, cellWrite } from "../../../src/core/plan/ownedSheet";
import { book, d, dailyReport, salesperson } from "../../support/rows";

describe("rollup sheets as people read them", () => {
  it("never asks a negative daily rate of someone ahead of target: 0, and the line is reached (SPEC §3)", () => {
    const ahead = metricFigures(10_000, 13_283, { workingDays: 21, workingDaysElapsed: 19 });
    expect(ahead.requiredDailyRate).toBe(0);
    expect(ahead.reached).toBe(true);
    const behind = metricFigures(10_000, 6_000, { workingDays: 21, workingDaysElapsed: 19 });
    expect(behind.requiredDailyRate).toBe(2_000);
    expect(behind.reached).toBe(false);
    expect(metricFigures(null, 5, { workingDays: 21, workingDaysElapsed: 19 }).reached).toBe(false);
    // On the sheet, a rate of 0 reads as the word, in the workbook language.
    expect(requiredRateFormat("sales", "zh")).toBe('#,##0.00;-#,##0.00;"已达成"');
    expect(requiredRateFormat("visits", "en")).toBe('#,##0.0;-#,##0.0;"reached"');
  });

  it("shows counts whole, and a prorated count target with one decimal at most", () => {
    expect(targetFormat("visits", 40)).toBe("#,##0");
    expect(targetFormat("newOutlets", 12.6)).toBe("#,##0.0");
    expect(targetFormat("sales", 40)).toBe("#,##0.00");
  });

  it("leaves out of Efficiency a week with no working day inside the period (2026-W44 in November)", () => {
    const salesBook = book({
      salespeople: [salesperson({ name: "王伟", region: "华东" })],
      dailyReport: [dailyReport({ date: d("2026-11-02"), salesperson: "王伟", customer: "C1" })],
    });
    const lines = buildEfficiency({
      book: salesBook,
      index: buildMasterIndex(salesBook),
      calendar: buildCalendar([]),
      from: d("2026-11-01"),
      to: d("2026-11-30"),
      by: "week",
    });
    expect(lines.map((l) => l.period)).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]);
  });

  it("keeps a week whose only day in the period is a Sunday when someone worked it", () => {
    const salesBook = book({
      salespeople: [salesperson({ name: "王伟", region: "华东" })],
      dailyReport: [dailyReport({ date: d("2026-11-01"), salesperson: "王伟", customer: "C1" })],
    });
    const lines = buildEfficiency({
      book: salesBook,
      index: buildMasterIndex(salesBook),
      calendar: buildCalendar([]),
      from: d("2026-11-01"),
      to: d("2026-11-04"),
      by: "week",
    });
    expect(lines.map((l) => l.period)).toEqual(["2026-W44", "2026-W45"]);
  });

  it("fits column widths to the content, a Chinese character counting as two", () => {
    expect(displayWidth("华联超市 A")).toBe(10);
    expect(displayWidth("ＡＢ")).toBe(4);
    const widths = fitColumnWidths(
      [10, 10],
      [
        cellWrite("A1", "A title far longer than any column should be made for it", "title"),
        blockWrite(3, 0, [["上海市浦东新区联华超市", 1_234_567.5]], {
          numberFormat: [["@", "#,##0.00"]],
          style: "body",
        }),
      ],
      [],
    );
    // 11 wide characters = 22, plus padding; 1,234,567.50 is 12 characters, plus padding.
    expect(widths).toEqual([24, 14]);
  });
});
