import { buildMasterIndex } from "../../../src/core/lists";
import {
  buildRollupPlans,
  buildValidationSheet,
  ownedSheetNames,
  type OwnedSheetPlan,
} from "../../../src/core/plan";
import { rectSize } from "../../../src/core/plan/a1";
import type { Finding } from "../../../src/core/validate/finding";
import { dailyReport, d, product } from "../../support/rows";
import { rollupInput, smallTeam } from "./fixture";

const FORMULA_START = /^[=+\-@]/;

function withFormulaLikeNames() {
  const team = smallTeam();
  team.products.push(product({ code: "P03", name: "+促销装", unitPrice: 10, unitCost: 6 }));
  team.dailyReport.push(
    dailyReport({
      date: d("2026-11-19"),
      salesperson: "李娜",
      customer: "家乐福",
      product: "+促销装",
      orderAmount: 100,
    }),
  );
  buildMasterIndex(team);
  return team;
}

const findings: Finding[] = [
  {
    code: "E03",
    severity: "error",
    table: "DailyReport",
    row: 7,
    column: "customer",
    value: "=家乐福",
    messageKey: "finding.E03",
    args: { column: "customer", value: "=家乐福", list: "customers" },
    suggestion: "-家乐福",
  },
  {
    code: "W09",
    severity: "warning",
    table: "DailyReport",
    row: null,
    column: null,
    value: "@赵强",
    messageKey: "finding.W09",
    args: { salesperson: "赵强", date: "2026-11-19" },
    suggestion: null,
  },
];

function allPlans(): OwnedSheetPlan[] {
  return [
    ...buildRollupPlans(rollupInput("en", withFormulaLikeNames())),
    ...buildRollupPlans(rollupInput("zh", withFormulaLikeNames())),
    buildValidationSheet("en", findings),
    buildValidationSheet("zh", findings),
  ];
}

describe("add-in-owned sheet plans", () => {
  const plans = allPlans();

  test("rollups come in the order scorecard, pivots, facts, efficiency, weekly, customers", () => {
    expect(buildRollupPlans(rollupInput("en")).map((p) => p.kind)).toEqual([
      "scorecard",
      "pivots",
      "facts",
      "efficiency",
      "weekly",
      "customers",
    ]);
  });

  test("every write's values, formulas and number formats are exactly the size of its address", () => {
    for (const plan of plans) {
      for (const write of plan.writes) {
        const { rows, columns } = rectSize(write.address);
        const shape = (grid: readonly (readonly unknown[])[]) => [
          grid.length,
          ...new Set(grid.map((r) => r.length)),
        ];
        expect([plan.name, write.address, shape(write.values)]).toEqual([
          plan.name,
          write.address,
          [rows, columns],
        ]);
        if (write.formulas) expect(shape(write.formulas)).toEqual([rows, columns]);
        if (Array.isArray(write.numberFormat)) expect(shape(write.numberFormat)).toEqual([rows, columns]);
      }
      for (const table of plan.tables) {
        expect(rectSize(table.headerAddress)).toEqual({ rows: 1, columns: table.headers.length });
        expect(table.numberFormats).toHaveLength(table.headers.length);
        for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
      }
    }
  });

  test("no formula uses [#All], [#Data], [#Headers] or [#Totals] (LibreOffice cannot evaluate them)", () => {
    const formulas = plans.flatMap((plan) => [
      ...plan.writes.flatMap((w) => (w.formulas ?? []).flat().filter((f): f is string => f !== null)),
      ...plan.conditionalFormats.map((cf) => cf.formula),
    ]);
    expect(formulas.length).toBeGreaterThan(100);
    for (const formula of formulas) {
      expect(formula.startsWith("=")).toBe(true);
      expect(formula).not.toMatch(/\[#/);
    }
  });

  test("people's text starting with =, +, - or @ is never written where it could become a formula", () => {
    let seen = 0;
    for (const plan of plans) {
      for (const write of plan.writes) {
        write.values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (typeof value !== "string" || !FORMULA_START.test(value) || write.formulas?.[r][c]) return;
            seen++;
            expect([plan.name, write.address, value, write.text]).toEqual([
              plan.name,
              write.address,
              value,
              true,
            ]);
          }),
        );
      }
      for (const table of plan.tables) {
        for (const row of table.rows) {
          row.forEach((value, c) => {
            if (typeof value !== "string" || !FORMULA_START.test(value)) return;
            seen++;
            expect(table.textColumns).toContain(c);
          });
        }
      }
    }
    // The weekly report (=… market item, -… complaint, @… customer), validation (=…, -…) and facts (+…).
    expect(seen).toBeGreaterThanOrEqual(8);
  });

  test("the weekly report lists the open severe market item and the open complaint as text", () => {
    const weekly = buildRollupPlans(rollupInput("en")).find((p) => p.kind === "weekly")!;
    const texts = weekly.writes.filter((w) => w.text).flatMap((w) => w.values.flat());
    expect(texts).toEqual(expect.arrayContaining(["=竞品买一送一", "-延迟三天", "@家乐福"]));
    expect(weekly.hyperlinks.map((h) => h.target)).toEqual(["'Market Report'!H24", "'Complaints'!F25"]);
  });

  test("every owned sheet is marked by the add-in's tab colour and has names in both languages", () => {
    for (const plan of plans) {
      expect(plan.tabColor).toBe("#0F6CBD");
      expect(ownedSheetNames()).toEqual(expect.arrayContaining([plan.name, ...plan.altNames]));
      expect(plan.name.length).toBeLessThanOrEqual(31);
      expect(plan.name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(ownedSheetNames()).toEqual([
      "Scorecard",
      "目标达成",
      "Pivots",
      "透视",
      "Facts",
      "数据源",
      "Efficiency",
      "推销效率",
      "Weekly report",
      "周报",
      "Customers",
      "客户分析",
      "Validation",
      "校验结果",
    ]);
  });
});
