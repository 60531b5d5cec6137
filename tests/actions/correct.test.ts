/**
 * A person applies a finding's suggestion to its one cell (issue 15, item 11), and a cancel says what was
 * already written (item 10) — over the Office.js adapter and the in-memory Excel.
 */
import type { ActionContext, CancelToken } from "../../src/core/actions";
import { applySuggestion, correctionOf } from "../../src/core/actions/correct";
import { fillSampleData, refreshRollups, setUpWorkbook } from "../../src/core/actions";
import { isSalesPaceError, type SalesPaceError } from "../../src/core/errors";
import type { Finding } from "../../src/core/validate/finding";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { dayFromIso } from "../support/day";

const TODAY = dayFromIso("2026-11-20");

/** E03 on the customer of sheet row `row`: “Acme Tradin” is not in the list, “Acme Trading” is. */
function typo(row: number, value = "Acme Tradin"): Finding {
  return {
    code: "E03",
    severity: "error",
    table: "DailyReport",
    row,
    column: "customer",
    value,
    messageKey: "finding.E03.closest",
    args: {},
    suggestion: "Acme Trading",
  };
}

/** A hand-made Chinese daily report at C5 (not A1), headers as people typed them. */
function handMade(excelApi = "1.17") {
  const excel = createExcelDouble({ excelApi });
  const table = excel.workbook.putTable(
    "日报",
    "DailyReport",
    "C5",
    ["日期", "销售员", "出勤", "客户"],
    [
      [46346, "王伟", "出勤", "Acme Trading"],
      [46347, "王伟", "出勤", "Acme Tradin"],
    ],
  );
  const ctx: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang: "zh" };
  return { excel, table, ctx };
}

async function failure(promise: Promise<unknown>): Promise<SalesPaceError> {
  try {
    await promise;
  } catch (error) {
    if (isSalesPaceError(error)) return error;
    throw error;
  }
  throw new Error("expected a SalesPaceError");
}

describe("applying a suggestion to its cell", () => {
  it("writes only that cell of a table not at A1, found by its Chinese header", async () => {
    const { excel, table, ctx } = handMade();
    const before = excel.workbook.tableRows("DailyReport");

    const report = await applySuggestion.run(ctx, typo(7));

    expect(report).toEqual({ sheet: "日报", address: "F7", undoable: false });
    expect(table.sheet.value(6, 5)).toBe("Acme Trading");
    const after = excel.workbook.tableRows("DailyReport");
    expect(after.map((r) => r.slice(0, 3))).toEqual(before.map((r) => r.slice(0, 3)));
    expect(after[0]).toEqual(before[0]);
  });

  it("says Excel's Undo can take it back where ExcelApi 1.20 puts add-in writes on the undo stack", async () => {
    const { ctx } = handMade("1.20");
    expect((await applySuggestion.run(ctx, typo(7))).undoable).toBe(true);
  });

  it("leaves a cell a colleague changed since Validate alone, and says so", async () => {
    const { excel, table, ctx } = handMade();
    table.sheet.setValue(6, 5, "大润发");

    const error = await failure(applySuggestion.run(ctx, typo(7)));

    expect(error.code).toBe("CellChanged");
    expect(error.args.now).toBe("大润发");
    expect(excel.workbook.tableRows("DailyReport")[1][3]).toBe("大润发");
  });

  it("refuses a row outside the table", async () => {
    const { ctx } = handMade();
    expect((await failure(applySuggestion.run(ctx, typo(9)))).code).toBe("CellChanged");
  });

  it("offers nothing to apply for a finding without one cell or without a suggestion", () => {
    expect(correctionOf(typo(7))).toMatchObject({ table: "DailyReport", row: 7, value: "Acme Trading" });
    expect(correctionOf({ ...typo(7), suggestion: null })).toBeNull();
    expect(correctionOf({ ...typo(7), row: null })).toBeNull();
    expect(correctionOf({ ...typo(7), column: null })).toBeNull();
    expect(correctionOf({ ...typo(7), value: null })).toBeNull();
  });
});

describe("a cancel says what was already written", () => {
  const cancelAfter = (calls: number): CancelToken => {
    let seen = 0;
    return {
      get cancelled() {
        seen += 1;
        return seen > calls;
      },
    };
  };

  it("names the rollup sheets rebuilt when the cancel came during the (atomic) rebuild", async () => {
    const excel = createExcelDouble();
    const base: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang: "en" };
    await setUpWorkbook.run(base, { lang: "en" });
    await fillSampleData.run(base, { people: 2, days: 10, seed: 1, messy: 0 });
    let cancelled = false;
    const ctx: ActionContext = {
      ...base,
      cancel: {
        get cancelled() {
          return cancelled;
        },
      },
      onProgress: (p) => {
        if (p.step === "Scorecard") cancelled = true;
      },
    };

    const error = await failure(refreshRollups.run(ctx, { period: "2026-11" }));

    expect(error.code).toBe("Cancelled");
    expect(error.args.written).toEqual([
      "Scorecard",
      "Pivots",
      "Facts",
      "Efficiency",
      "Weekly report",
      "Customers",
    ]);
    expect(error.message).toMatch(/Written before the cancel took effect: Scorecard, Pivots/);
  });

  it("names the tables filled before a cancel between requests, and nothing when none was", async () => {
    const excel = createExcelDouble();
    const base: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang: "en" };
    await setUpWorkbook.run(base, { lang: "en" });

    const early = await failure(fillSampleData.run({ ...base, cancel: cancelAfter(0) }, sample));
    expect(early.args.written).toEqual([]);
    expect(early.message).toBe("Cancelled. Nothing was written.");

    const later = await failure(fillSampleData.run({ ...base, cancel: cancelAfter(2) }, sample));
    // What it names is exactly what the workbook now holds rows in.
    const holding = (await base.port.inspect()).tables.filter((t) => t.rowCount > 0).map((t) => t.table);
    expect(later.args.written).toEqual(holding);
    expect(holding.length).toBeGreaterThan(0);
  });
});

const sample = { people: 2, days: 10, seed: 1, messy: 0 } as const;
