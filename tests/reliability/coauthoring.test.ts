/**
 * Co-authoring (issue #8, part 3; SPEC §6 "Shared workbooks"): colleagues keep typing while the add-in
 * runs. Rows they add between the add-in's read and its write — at any request of a rollup refresh or
 * of an append — are never lost and count on the next refresh; and the add-in never writes into the
 * rows that already were in an input table, only below them.
 */
import {
  fillSampleData,
  previewSplit,
  refreshRollups,
  setUpWorkbook,
  validateWorkbook,
  writeSplit,
} from "../../src/core/actions";
import { isSalesPaceError } from "../../src/core/errors";
import { TABLES } from "../../src/core/schema/tables";
import type { CellValue, SheetState } from "../../src/excel-double";
import { type Bench, TODAY, bench, filledBench, syncsOf } from "./workbench";

const COLLEAGUE_ORDER = 777_777;

/** A visit a colleague reports for yesterday: a known salesperson and customer, an order of 777,777. */
function colleagueVisit(b: Bench): CellValue[] {
  const person = b.excel.workbook.tableRows("Salespeople")[0];
  const customer = b.excel.workbook.tableRows("Customers")[0];
  const width = TABLES.find((t) => t.name === "DailyReport")!.columns.length;
  const row: CellValue[] = new Array(width).fill("");
  row[0] = TODAY - 1;
  row[1] = person[1];
  row[2] = "Present";
  row[3] = customer[1];
  row[4] = "Order";
  row[7] = COLLEAGUE_ORDER;
  row[16] = "typed by a colleague";
  return row;
}

function companySales(result: Awaited<ReturnType<typeof refreshRollups.run>>): number {
  const company = result.scorecard.lines[result.scorecard.lines.length - 1];
  expect(company.level).toBe("company");
  return company.metrics.sales.actual;
}

const refresh = (b: Bench) => refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY });

describe("a colleague typing while SalesPace works", () => {
  it("a report row added at any request of a refresh is kept and counted by the next refresh", async () => {
    const syncs = await syncsOf(() => filledBench(), refresh);
    const baseline = companySales(await refresh(await filledBench()));
    for (let at = 1; at <= syncs; at++) {
      const b = await filledBench();
      const rowsBefore = b.excel.workbook.tableRows("DailyReport").length;
      const visit = colleagueVisit(b);
      b.excel.inject.colleagueAppends(at, "DailyReport", [visit]);
      await refresh(b);
      const rows = b.excel.workbook.tableRows("DailyReport");
      expect({ at, rows: rows.length }).toEqual({ at, rows: rowsBefore + 1 });
      expect(rows[rows.length - 1]).toEqual(visit);
      const next = await refresh(b);
      expect({ at, sales: companySales(next) }).toEqual({ at, sales: baseline + COLLEAGUE_ORDER });
    }
  }, 60_000);

  it("rows added while SalesPace appends (sample data, split targets) end up next to SalesPace's, none overwritten", async () => {
    const prepare = async () => {
      const b = bench();
      await setUpWorkbook.run(b.ctx, {});
      return b;
    };
    const sample = (b: Bench) => fillSampleData.run(b.ctx, { people: 3, days: 4, seed: 9, messy: 0 });
    const syncs = await syncsOf(prepare, sample);
    const clean = await prepare();
    await sample(clean);
    const expected = clean.excel.workbook.tableRows("DailyReport");
    for (let at = 1; at <= syncs; at++) {
      const b = await prepare();
      const mark: CellValue[] = [
        TODAY - 2,
        "Colleague",
        "Present",
        "",
        "",
        "",
        "",
        5,
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ];
      b.excel.inject.colleagueAppends(at, "DailyReport", [mark]);
      const refused = await sample(b).then(
        () => null,
        (e: unknown) => e,
      );
      const rows = b.excel.workbook.tableRows("DailyReport").filter((r) => r.some((v) => v !== ""));
      if (refused) {
        // The colleague was first: sample data never mixes with people's rows, and theirs stays.
        expect({ at, refused: isSalesPaceError(refused, "BadArgument"), rows }).toEqual({
          at,
          refused: true,
          rows: [mark],
        });
        continue;
      }
      const ours = rows.filter((r) => r[1] !== "Colleague");
      const theirs = rows.filter((r) => r[1] === "Colleague");
      expect({ at, theirs: theirs.length }).toEqual({ at, theirs: 1 });
      expect({ at, same: JSON.stringify(ours) === JSON.stringify(expected) }).toEqual({ at, same: true });
    }

    const b = await filledBench();
    const before = b.excel.workbook.tableRows("Targets");
    const preview = await previewSplit.run(b.ctx, {
      parent: {
        period: "2027",
        region: null,
        salesperson: null,
        dealer: null,
        product: null,
        metric: "sales",
        value: 120,
      },
      into: "months",
      method: "even",
      unit: 1,
    });
    const split = (x: Bench) => writeSplit.run(x.ctx, { children: preview.children });
    const splitSyncs = await syncsOf(() => filledBench(), split);
    for (let at = 1; at <= splitSyncs; at++) {
      const x = await filledBench();
      const theirs: CellValue[] = ["2027-01", "", "", "Colleague region", "", "Visits", 3];
      x.excel.inject.colleagueAppends(at, "Targets", [theirs]);
      await split(x);
      const rows = x.excel.workbook.tableRows("Targets");
      expect(rows.slice(0, before.length)).toEqual(before);
      expect({ at, rows: rows.length }).toEqual({ at, rows: before.length + 13 });
      expect(rows.filter((r) => r[3] === "Colleague region")).toHaveLength(1);
    }
  }, 60_000);

  it("never writes into rows that were already in an input table: every command only reads them or appends below", async () => {
    const b = await filledBench();
    const touched: string[] = [];
    const inputs = b.excel.workbook.tables.filter((t) => TABLES.some((d) => d.name === t.name));
    const existing = new Map<
      SheetState,
      { name: string; top: number; bottom: number; left: number; right: number }[]
    >();
    for (const t of inputs) {
      const list = existing.get(t.sheet) ?? [];
      list.push({ name: t.name, ...t.rect });
      existing.set(t.sheet, list);
    }
    const formatsBefore = new Map([...existing.keys()].map((s) => [s, s.formats.length] as const));
    for (const [sheet, rects] of existing) {
      const hit = (row: number, column: number) => {
        for (const r of rects)
          if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right)
            touched.push(`${r.name} R${row + 1}C${column + 1}`);
      };
      const setValue = sheet.setValue.bind(sheet);
      const setFormula = sheet.setFormula.bind(sheet);
      sheet.setValue = (row, column, value) => {
        hit(row, column);
        setValue(row, column, value);
      };
      sheet.setFormula = (row, column, formula) => {
        hit(row, column);
        setFormula(row, column, formula);
      };
    }

    await setUpWorkbook.run(b.ctx, {});
    await setUpWorkbook.run(b.ctx, { lang: "zh" });
    await validateWorkbook.run(b.ctx, { writeSheet: true });
    await refresh(b);
    await refreshRollups.run(b.ctx, { period: "2026-Q4", asOf: TODAY });
    const preview = await previewSplit.run(b.ctx, {
      parent: {
        period: "2027",
        region: null,
        salesperson: null,
        dealer: null,
        product: null,
        metric: "visits",
        value: 1200,
      },
      into: "months",
      method: "workingDays",
      unit: 1,
    });
    await writeSplit.run(b.ctx, { children: preview.children });

    expect(touched).toEqual([]);
    for (const [sheet, rects] of existing) {
      const added = sheet.formats.slice(formatsBefore.get(sheet));
      const overlapping = added.filter((f) =>
        rects.some(
          (r) =>
            f.rect.top <= r.bottom &&
            f.rect.bottom >= r.top &&
            f.rect.left <= r.right &&
            f.rect.right >= r.left,
        ),
      );
      expect(overlapping.map((f) => `${sheet.name} ${JSON.stringify(f.rect)}`)).toEqual([]);
    }
  }, 60_000);
});
