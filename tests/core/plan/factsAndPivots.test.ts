import { buildRollupPlans, FACTS_TABLE, factsHeaders, type OwnedTablePlan } from "../../../src/core/plan";
import { expectGolden } from "../../support/golden";
import { rollupInput } from "./fixture";

const plansOf = (lang: "en" | "zh") => buildRollupPlans(rollupInput(lang));
const factsOf = (lang: "en" | "zh"): OwnedTablePlan =>
  plansOf(lang).find((p) => p.kind === "facts")!.tables[0];

/** Σ of a facts column over rows matching the filter (by header name). */
function total(table: OwnedTablePlan, column: string, filter: Record<string, string | number>): number {
  const at = (name: string) => table.headers.indexOf(name);
  return table.rows
    .filter((row) => Object.entries(filter).every(([name, value]) => row[at(name)] === value))
    .reduce((sum, row) => sum + Number(row[at(column)] ?? 0), 0);
}

describe("facts table (SPEC §4 PivotTables)", () => {
  test("is one table SP_Facts in long format with Year/Quarter/Month/Week helper columns", () => {
    const facts = factsOf("en");
    expect(facts.name).toBe(FACTS_TABLE);
    expect(facts.headers).toEqual([
      "Year",
      "Quarter",
      "Month",
      "Week",
      "Region",
      "Salesperson",
      "Product",
      "Metric",
      "Target",
      "Actual",
    ]);
    expect(facts.headerAddress).toBe("A1:J1");
    expect(facts.textColumns).toEqual([4, 5, 6]);
  });

  test("a yearly target prorated to the month's weeks adds up to the scorecard's monthly target", () => {
    const input = rollupInput("en");
    const facts = factsOf("en");
    const month = total(facts, "Target", { Month: "2026-11", Salesperson: "王伟", Metric: "Sales" });
    expect(month).toBeCloseTo(input.scorecard.lines[0].metrics.sales.target!, 6);
    expect(total(facts, "Target", { Year: 2026, Salesperson: "王伟", Metric: "Sales" })).toBeCloseTo(
      250000,
      6,
    );
  });

  test("a week across two months is split, so weeks and months both filter correctly", () => {
    const facts = factsOf("en");
    // 2026-W49 runs Mon 30 Nov – Sun 6 Dec: one working day in November.
    expect(
      total(facts, "Target", { Month: "2026-11", Week: "2026-W49", Salesperson: "李娜", Metric: "Sales" }),
    ).toBe(1000);
  });

  test("a region's own target is left out where its salespeople have targets (no double count)", () => {
    const facts = factsOf("en");
    expect(total(facts, "Target", { Month: "2026-11", Region: "华北", Metric: "Sales" })).toBeCloseTo(
      28000,
      6,
    );
  });

  test("actuals aggregate report rows per product and week, with the margin fallback", () => {
    const facts = factsOf("en");
    expect(total(facts, "Actual", { Salesperson: "王伟", Metric: "Sales" })).toBe(15000);
    expect(total(facts, "Actual", { Salesperson: "王伟", Product: "红茶", Metric: "Gross margin" })).toBe(
      1200,
    );
    expect(total(facts, "Actual", { Salesperson: "王伟", Metric: "Visits" })).toBe(2);
    expect(facts.rows.length).toBeLessThan(100);
  });

  test("metric labels follow the workbook language", () => {
    const facts = factsOf("zh");
    expect(facts.headers).toEqual(factsHeaders("zh"));
    expect(new Set(facts.rows.map((r) => r[7]))).toEqual(
      new Set(["销售额", "毛利", "新增网点", "回款", "拜访次数"]),
    );
  });
});

describe("pivots sheet", () => {
  test("two PivotTables over SP_Facts summing Target and Actual explicitly, with a Refresh All note", () => {
    const pivots = plansOf("en").find((p) => p.kind === "pivots")!;
    expectGolden("pivots-en", pivots);
    const headers = factsHeaders("en");
    for (const pivot of pivots.pivots) {
      expect(pivot.sourceTable).toBe("SP_Facts");
      for (const field of [
        ...pivot.rows,
        ...pivot.columns,
        ...pivot.filters,
        ...pivot.data.map((d) => d.field),
      ]) {
        expect(headers).toContain(field);
      }
      expect(pivot.data.map((d) => [d.field, d.summarizeBy])).toEqual([
        ["Target", "Sum"],
        ["Actual", "Sum"],
      ]);
    }
    expect(pivots.pivots.map((p) => [p.rows, p.columns])).toEqual([
      [["Region", "Salesperson"], ["Metric"]],
      [["Product"], ["Month"]],
    ]);
    expect(String(pivots.writes[1].values[0][0])).toContain("Refresh All");
  });

  test("a Chinese Pivots sheet says in Chinese why its PivotTables are missing, lists with 、", () => {
    const pivots = plansOf("zh").find((p) => p.kind === "pivots")!;
    const lines = [...pivots.pivotNotes!.unsupported, ...pivots.pivotNotes!.withoutExcel];
    expect(lines).toHaveLength(4);
    // Only names stay Latin (SP_Facts, SP_PivotByPerson, Excel, API); no English sentence is left.
    for (const line of lines)
      expect(line.replace(/SP_\w+|Excel|API|Microsoft 365|SalesPace/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    expect(pivots.pivotNotes!.withoutExcel[1]).toBe(
      "SP_PivotByPerson：数据源 SP_Facts；行 区域、销售员；列 指标；值 目标合计、实际合计",
    );
  });

  test("an English Pivots sheet's notes are English only", () => {
    const pivots = plansOf("en").find((p) => p.kind === "pivots")!;
    const lines = [...pivots.pivotNotes!.unsupported, ...pivots.pivotNotes!.withoutExcel];
    for (const line of lines) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
    expect(pivots.pivotNotes!.withoutExcel[2]).toBe(
      "SP_PivotByProduct: SP_Facts — rows Product; columns Month; values Sum of Target, Sum of Actual",
    );
  });
});

describe("efficiency and weekly report sheets", () => {
  test("match their reviewed golden plans", () => {
    const plans = plansOf("en");
    expectGolden(
      "efficiency-en",
      plans.find((p) => p.kind === "efficiency"),
    );
    expectGolden(
      "weekly-en",
      plans.find((p) => p.kind === "weekly"),
    );
    expectGolden(
      "weekly-zh",
      plansOf("zh").find((p) => p.kind === "weekly"),
    );
  });
});
