/**
 * SPEC §1.2: wherever a key's targets are consistent (W05 silent), the Scorecard's target and the
 * facts summed over the view agree — for a week, a month, a quarter and a year, over targets of mixed
 * granularity; where they are inconsistent, W05 says so with the sums the Scorecard uses.
 */
import fc from "fast-check";
import { buildMasterIndex } from "../../../src/core/lists";
import { buildScorecard } from "../../../src/core/metrics";
import type { Period } from "../../../src/core/periods/period";
import type { SalesBook, TargetRow } from "../../../src/core/model";
import {
  buildCalendar,
  countWorkingDays,
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  subPeriods,
  weekPeriod,
  yearPeriod,
} from "../../../src/core/periods";
import { buildFactsSheet } from "../../../src/core/plan/facts";
import type { RollupInput } from "../../../src/core/plan";
import { decompositionRule } from "../../../src/core/validate/decomposition";
import { book, calendarDay, d, salesperson, target } from "../../support/rows";
import { runRule } from "../validate/harness";

const PEOPLE = ["王伟", "李娜"];
const REGION = "华东";
const team = PEOPLE.map((name, i) => salesperson({ id: `S00${i + 1}`, name, region: REGION, active: true }));
// National Day and a make-up Saturday, so working days are not just weekdays.
const CALENDAR_ROWS = [
  ...["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((date) =>
    calendarDay({ date: d(date), kind: "holiday" }),
  ),
  calendarDay({ date: d("2026-10-10"), kind: "workday" }),
];
const calendar = buildCalendar(CALENDAR_ROWS);
const wd = (p: Period): number => countWorkingDays(calendar, p.start, p.end);

/** Which granularities a quarter's targets come in (several may be there at once). */
interface QuarterPlan {
  readonly rate: number;
  readonly quarter: boolean;
  readonly months: readonly boolean[];
  readonly weeks: readonly boolean[];
}

const quarterPlan = fc
  .record({
    rate: fc.integer({ min: 1, max: 500 }),
    quarter: fc.boolean(),
    months: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    weeks: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  })
  // A quarter target with months under it has all three (else W05 rightly warns).
  .map((plan) =>
    plan.quarter && plan.months.some(Boolean) ? { ...plan, months: [true, true, true] } : plan,
  );

/** ISO weeks wholly inside a quarter. */
function weeksInside(q: Period): Period[] {
  return subPeriods(q, "week").filter((w) => w.start >= q.start && w.end <= q.end);
}

/**
 * One person's targets: per quarter a daily rate, and targets at whichever granularities the plan
 * picks, each its period's working days × the rate — so every level adds up (W05 silent) and a
 * coarser target never disagrees with the finer ones inside it. A year target only when all quarters
 * share one rate. Quarters with no target leave gaps (partial targets).
 */
function personTargets(who: string, plans: readonly QuarterPlan[]): TargetRow[] {
  const rows: TargetRow[] = [];
  const add = (p: Period, rate: number): void => {
    rows.push(
      target({ period: p.text, salesperson: who, region: REGION, metric: "sales", target: rate * wd(p) }),
    );
  };
  plans.forEach((plan, i) => {
    const q = quarterPeriod(2026, i + 1);
    if (plan.quarter) add(q, plan.rate);
    plan.months.forEach((on, m) => on && add(monthPeriod(2026, i * 3 + m + 1), plan.rate));
    weeksInside(q).forEach((w, k) => plan.weeks[k] && add(w, plan.rate));
  });
  // A year target where one rate holds all year and the level W05 compares it with is complete.
  const quarters = plans.filter((plan) => plan.quarter).length;
  const months = plans.flatMap((plan) => plan.months).filter(Boolean).length;
  const complete = quarters > 0 ? quarters === 4 : months === 0 || months === 12;
  if (complete && plans.every((plan) => plan.rate === plans[0].rate)) add(yearPeriod(2026), plans[0].rate);
  return rows;
}

function targetOf(b: SalesBook, view: Period, who: string | null): number | null {
  const index = buildMasterIndex(b);
  const scorecard = buildScorecard({ book: b, index, calendar, period: view, asOf: view.end });
  const line = scorecard.lines.find((l) =>
    who === null ? l.level === "region" && l.region === REGION : l.salesperson === who,
  );
  return line?.metrics.sales.target ?? null;
}

/** Σ facts Target over the view's rows (the Facts table's Year / Quarter / Month / Week columns). */
function factsOver(b: SalesBook, view: Period, who: string | null): number {
  const index = buildMasterIndex(b);
  const input = { lang: "zh", book: b, index, calendar, period: view } as unknown as RollupInput;
  const rows = buildFactsSheet(input).tables[0].rows;
  const column = { year: 0, quarter: 1, month: 2, week: 3 }[view.kind];
  let sum = 0;
  for (const row of rows) {
    if (String(row[column]) !== view.text || row[7] !== "销售额") continue;
    if (who !== null && row[5] !== who) continue;
    sum += (row[8] as number | null) ?? 0;
  }
  return sum;
}

const views = fc.oneof(
  fc.integer({ min: 1, max: 53 }).map((w) => weekPeriod(2026, w)),
  fc.integer({ min: 1, max: 12 }).map((m) => monthPeriod(2026, m)),
  fc.integer({ min: 1, max: 4 }).map((q) => quarterPeriod(2026, q)),
  fc.constant(yearPeriod(2026)),
);

describe("Scorecard and facts agree where targets are consistent (SPEC §1.2)", () => {
  it("for a week, a month, a quarter and a year over targets of mixed granularity, with gaps", () => {
    fc.assert(
      fc.property(
        fc.array(quarterPlan, { minLength: 4, maxLength: 4 }),
        fc.array(quarterPlan, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        views,
        (myPlans, herPlans, regionRows, view) => {
          // With region rows, both people cover every quarter (a quarter target, or all three months).
          const full = (p: QuarterPlan): QuarterPlan =>
            !regionRows || p.quarter || p.months.every(Boolean)
              ? p
              : { ...p, quarter: true, months: p.months.some(Boolean) ? [true, true, true] : p.months };
          const [mine, hers] = [myPlans.map(full), herPlans.map(full)];
          const targets = [...personTargets("王伟", mine), ...personTargets("李娜", hers)];
          // The region's own quarterly targets: their salespeople's sum.
          if (regionRows)
            [0, 1, 2, 3].forEach((i) => {
              const q = quarterPeriod(2026, i + 1);
              const value = (mine[i].rate + hers[i].rate) * wd(q);
              targets.push(target({ period: q.text, region: REGION, metric: "sales", target: value }));
            });
          const b = book({ salespeople: team, calendar: CALENDAR_ROWS, targets });
          expect(runRule(decompositionRule, b)).toEqual([]);
          for (const who of [...PEOPLE, null]) {
            const facts = factsOver(b, view, who);
            const scorecard = targetOf(b, view, who);
            expect(scorecard ?? 0).toBeCloseTo(facts, 6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a year over a first-quarter target and monthly targets after it counts both (split along the months)", () => {
    const rows = [
      target({ period: "2026-Q1", salesperson: "王伟", metric: "sales", target: 3000 }),
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) =>
        target({
          period: `2026-${String(m).padStart(2, "0")}`,
          salesperson: "王伟",
          metric: "sales",
          target: 1000,
        }),
      ),
    ];
    const b = book({ salespeople: team, calendar: CALENDAR_ROWS, targets: rows });
    expect(targetOf(b, parsePeriod("2026")!, "王伟")).toBeCloseTo(12000, 9);
    expect(factsOver(b, parsePeriod("2026")!, "王伟")).toBeCloseTo(12000, 9);
  });
});

describe("W05 shows the sums the Scorecard uses where targets are inconsistent", () => {
  it("W05 flags a region's quarter that differs from its salespeople's, with the Scorecard's sums, over any granularity", () => {
    fc.assert(
      fc.property(
        fc.array(quarterPlan, { minLength: 4, maxLength: 4 }),
        fc.array(quarterPlan, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        (myPlans, herPlans, quarter, delta) => {
          const full = (p: QuarterPlan): QuarterPlan =>
            p.quarter || p.months.every(Boolean) ? p : { ...p, months: [true, true, true] };
          const [mine, hers] = [myPlans.map(full), herPlans.map(full)];
          const q = quarterPeriod(2026, quarter + 1);
          const people = (mine[quarter].rate + hers[quarter].rate) * wd(q);
          const targets = [
            ...personTargets("王伟", mine),
            ...personTargets("李娜", hers),
            target({ row: 9999, period: q.text, region: REGION, metric: "sales", target: people + delta }),
          ];
          const b = book({ salespeople: team, calendar: CALENDAR_ROWS, targets });
          const lines = PEOPLE.map((who) => targetOf(b, q, who) as number);
          const findings = runRule(decompositionRule, b).filter((f) => f.row === 9999);
          expect(findings).toEqual([
            expect.objectContaining({
              messageKey: "finding.W05.salespeople",
              args: expect.objectContaining({
                parentSum: targetOf(b, q, null),
                childrenSum: Math.round((lines[0] + lines[1]) * 100) / 100,
              }),
            }),
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("W05 compares a region's quarter with its salespeople's months, as the Scorecard's lines sum them", () => {
    const months = (who: string, values: number[]): TargetRow[] =>
      values.map((value, i) =>
        target({
          period: `2026-${10 + i}`,
          salesperson: who,
          region: REGION,
          metric: "sales",
          target: value,
        }),
      );
    const rows = [
      target({ row: 2, period: "2026-Q4", region: REGION, metric: "sales", target: 9000 }),
      ...months("王伟", [1000, 1000, 1000]),
      ...months("李娜", [2000, 2000, 1500]),
    ];
    const b = book({ salespeople: team, calendar: CALENDAR_ROWS, targets: rows });
    const q4 = parsePeriod("2026-Q4")!;
    const people = PEOPLE.map((who) => targetOf(b, q4, who) as number);
    expect(people).toEqual([3000, 5500]);
    expect(targetOf(b, q4, null)).toBe(9000);
    const findings = runRule(decompositionRule, b);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "W05",
        row: 2,
        messageKey: "finding.W05.salespeople",
        args: expect.objectContaining({ parentSum: 9000, childrenSum: 8500 }),
      }),
    ]);
  });

  it("W05 stays silent for a region's quarter its salespeople's months add up to", () => {
    const rows = [
      target({ period: "2026-Q4", region: REGION, metric: "sales", target: 9000 }),
      target({ period: "2026-Q4", salesperson: "王伟", region: REGION, metric: "sales", target: 3000 }),
      ...[10, 11, 12].map((m) =>
        target({ period: `2026-${m}`, salesperson: "李娜", region: REGION, metric: "sales", target: 2000 }),
      ),
    ];
    const b = book({ salespeople: team, calendar: CALENDAR_ROWS, targets: rows });
    expect(runRule(decompositionRule, b)).toEqual([]);
  });
});
