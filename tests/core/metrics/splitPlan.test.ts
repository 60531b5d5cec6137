import { planSplit } from "../../../src/core/metrics/splitPlan";
import type { SplitParent } from "../../../src/core/metrics";
import { buildCalendar } from "../../../src/core/periods";
import { target } from "../../support/rows";

const plain = buildCalendar([]);
const eastYear: SplitParent = {
  period: "2026",
  region: "华东",
  salesperson: null,
  dealer: null,
  product: null,
  metric: "sales",
  value: 1200,
};
const month = (period: string, value: number, row: number, region = "华东") =>
  target({ period, region, metric: "sales", target: value, row });
const intoMonths = { parent: eastYear, into: "months", method: "even", unit: 1 } as const;

describe("split tool against what Targets already holds (SPEC §1.2, no duplicate children)", () => {
  it("writes every child when none exists (other regions' and metrics' rows are not children)", () => {
    const plan = planSplit(intoMonths, plain, [
      month("2026-01", 100, 5, "华北"),
      target({ period: "2026-01", region: "华东", metric: "visits", target: 10, row: 6 }),
      target({ period: "2026", region: "华东", metric: "sales", target: 1200, row: 7 }),
    ]);
    expect(plan.status).toBe("new");
    expect(plan.existing).toEqual([]);
    expect(plan.toWrite.map((c) => c.value)).toEqual(new Array(12).fill(100));
  });

  it("writes nothing when every month exists and they add up, and shows their rows and sum", () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      month(`2026-${String(i + 1).padStart(2, "0")}`, i === 0 ? 210 : 90, 10 + i),
    );
    const plan = planSplit(intoMonths, plain, months);
    expect(plan.status).toBe("complete");
    expect(plan.toWrite).toEqual([]);
    expect(plan.existingTotal).toBe(1200);
    expect(plan.existing.map((e) => e.rows)).toEqual(months.map((m) => [m.row]));
  });

  it("writes only the missing months, sharing the rest of the parent, so that all add up", () => {
    // Full-width and blank-padded text is the same child, as the Scorecard reads it.
    const plan = planSplit(intoMonths, plain, [
      month("2026-01", 300, 4),
      month("２０２６-02", 200, 9, " 华东 "),
    ]);
    expect(plan.status).toBe("missingOnly");
    expect(plan.existingTotal).toBe(500);
    expect(plan.rest).toBe(700);
    expect(plan.toWrite.map((c) => c.period)).toEqual(plan.children.slice(2).map((c) => c.period));
    // 700 over ten months by equal weights.
    expect(plan.toWrite.map((c) => c.value)).toEqual(new Array(10).fill(70));
  });

  it("asks to delete rows first when what exists leaves nothing for the rest, or does not add up", () => {
    const over = planSplit(intoMonths, plain, [month("2026-01", 1000, 4), month("2026-02", 300, 8)]);
    expect(over.status).toBe("deleteFirst");
    expect(over.toWrite).toEqual([]);
    expect(over.existing.flatMap((e) => e.rows)).toEqual([4, 8]);
    const months = Array.from({ length: 12 }, (_, i) =>
      month(`2026-${String(i + 1).padStart(2, "0")}`, 100, 10 + i),
    );
    // A duplicate January: both rows count, as SUMIFS counts them.
    const duplicated = planSplit(intoMonths, plain, [...months, month("2026-01", 100, 40)]);
    expect(duplicated.status).toBe("deleteFirst");
    expect(duplicated.existing[0].rows).toEqual([10, 40]);
    expect(duplicated.existingTotal).toBe(1300);
  });

  it("counts a salesperson's row with a blank Region as that child of the region's target", () => {
    const roster = [
      { name: "王伟", region: "华东", active: true },
      { name: "李娜", region: "华东", active: true },
    ];
    const plan = planSplit(
      { parent: eastYear, into: "salespeople", method: "even", roster, unit: 1 },
      plain,
      [target({ period: "2026", salesperson: "王伟", region: null, metric: "sales", target: 500, row: 3 })],
    );
    expect(plan.status).toBe("missingOnly");
    expect(plan.toWrite.map((c) => [c.salesperson, c.value])).toEqual([["李娜", 700]]);
  });
});
