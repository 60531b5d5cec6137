import fc from "fast-check";
import { type SalesPaceError, isSalesPaceError } from "../../../src/core/errors";
import { translate } from "../../../src/core/i18n";
import { apportion, rosterOf, splitTarget } from "../../../src/core/metrics";
import { unitProblem, weightsProblem } from "../../../src/core/metrics/split";
import type { SplitParent, SplitRequest } from "../../../src/core/metrics";
import { buildCalendar } from "../../../src/core/periods";
import { calendarDay, d } from "../../support/rows";
import { team } from "./fixture";

const plain = buildCalendar([]);
const roster = rosterOf(team);
const regionTarget = (value: number, period = "2026", region: string | null = "华东"): SplitParent => ({
  period,
  region,
  salesperson: null,
  dealer: null,
  product: null,
  metric: "sales",
  value,
});

function badArgument(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isSalesPaceError(error, "BadArgument")) return error.message;
    throw error;
  }
  throw new Error("expected a BadArgument error");
}

describe("split tool (SPEC §1.2)", () => {
  it("splits a region's target evenly into its active salespeople, the children adding up exactly", () => {
    const children = splitTarget(
      { parent: regionTarget(100), into: "salespeople", method: "even", roster, unit: 1 },
      plain,
    );
    expect(children.map((c) => [c.salesperson, c.value])).toEqual([
      ["王伟", 50],
      ["李娜", 50],
    ]);
    const north = splitTarget(
      { parent: regionTarget(100, "2026", "华北"), into: "salespeople", method: "even", roster, unit: 1 },
      plain,
    );
    // 赵敏 and 陈晨 are inactive: 张强 gets everything.
    expect(north.map((c) => [c.salesperson, c.value])).toEqual([["张强", 100]]);
  });

  it("splits by weights (last year's share) with largest-remainder rounding", () => {
    const children = splitTarget(
      {
        parent: regionTarget(1000),
        into: "salespeople",
        method: "weights",
        weights: { 王伟: 2, 李娜: 1 },
        roster,
        unit: 1,
      },
      plain,
    );
    // 666.67 and 333.33 → floors 666 + 333 = 999; the larger fraction (.67) gets the last unit.
    expect(children.map((c) => c.value)).toEqual([667, 333]);
    expect(children.every((c) => c.period === "2026" && c.region === "华东" && c.metric === "sales")).toBe(
      true,
    );
  });

  it("splits a year into months evenly, to the cent", () => {
    const children = splitTarget(
      { parent: regionTarget(1000), into: "months", method: "even", unit: 0.01 },
      plain,
    );
    expect(children.map((c) => c.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
    // 100000 cents / 12 = 8333.33: four months get 83.34, eight get 83.33.
    expect(children.filter((c) => c.value === 83.34)).toHaveLength(4);
    expect(children.filter((c) => c.value === 83.33)).toHaveLength(8);
  });

  it("splits a quarter by working days per month, holidays included", () => {
    const nationalDay = buildCalendar(
      ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((date) =>
        calendarDay({ date: d(date), kind: "holiday" }),
      ),
    );
    const children = splitTarget(
      { parent: regionTarget(6200, "2026-Q4"), into: "months", method: "workingDays", unit: 100 },
      nationalDay,
    );
    // October 17, November 21, December 23 working days (61). In units of 100, 62 × 17/61 = 17.28,
    // 62 × 21/61 = 21.34, 62 × 23/61 = 23.38 → floors 17 + 21 + 23 = 61; the extra unit goes to .38.
    expect(children.map((c) => [c.period, c.value])).toEqual([
      ["2026-10", 1700],
      ["2026-11", 2100],
      ["2026-12", 2400],
    ]);
  });

  it("refuses what cannot be split, with a sentence saying why", () => {
    expect(
      badArgument(() =>
        splitTarget(
          { parent: regionTarget(100, "2026", "西南"), into: "salespeople", method: "even", roster, unit: 1 },
          plain,
        ),
      ),
    ).toMatch("西南");
    expect(
      badArgument(() =>
        splitTarget({ parent: regionTarget(100, "2026-11"), into: "months", method: "even", unit: 1 }, plain),
      ),
    ).toMatch("2026-11");
    expect(
      badArgument(() =>
        splitTarget(
          { parent: regionTarget(100), into: "months", method: "weights", weights: {}, unit: 1 },
          plain,
        ),
      ),
    ).toMatch("0");
    expect(
      badArgument(() =>
        splitTarget(
          {
            parent: regionTarget(100),
            into: "months",
            method: "weights",
            weights: { "2026-01": -1, "2026-02": 3 },
            unit: 1,
          },
          plain,
        ),
      ),
    ).toMatch("0 or more");
    expect(
      badArgument(() =>
        splitTarget({ parent: regionTarget(100), into: "months", method: "even", unit: 0 }, plain),
      ),
    ).toMatch("unit");
    expect(
      badArgument(() =>
        splitTarget({ parent: regionTarget(100.5), into: "months", method: "even", unit: 1 }, plain),
      ),
    ).toMatch("such as 0.1.");
    const personal: SplitRequest = {
      parent: { ...regionTarget(100), salesperson: "王伟" },
      into: "salespeople",
      method: "even",
      roster,
      unit: 1,
    };
    expect(badArgument(() => splitTarget(personal, plain))).toMatch("王伟");
  });

  it("says the rounding-unit problem in either language, numbers formatted, with units that work (7 for 16,400,000)", () => {
    const sevens = unitProblem(16_400_000, 7)!;
    expect(translate("en", sevens.key, sevens.args)).toBe(
      "The target 16,400,000 is not a multiple of the rounding unit 7. Use a unit it divides into, such as 1 or 10.",
    );
    expect(translate("zh", sevens.key, sevens.args)).toBe(
      "目标值 16,400,000 不是取整单位 7 的整数倍。请改用能整除它的单位，如 1 或 10。",
    );
    expect(unitProblem(16_400_000, 3000)!.args).toMatchObject({ suggested: "1,000", larger: "10,000" });
    expect(unitProblem(16_400_000, 100)).toBeNull();
    expect(unitProblem(1000, 0)!.key).toBe("split.unitNotPositive");
    expect(unitProblem(1000, Number.NaN)!.key).toBe("split.unitNotPositive");
    expect(weightsProblem([1, Number.NaN])!.key).toBe("split.weightNotNumber");
    expect(weightsProblem([0, 0])!.key).toBe("split.weightsZero");
    expect(weightsProblem([0, 2])).toBeNull();
  });

  it("throws errors that carry their catalogue sentence, so the Chinese pane says them in Chinese", () => {
    let caught: unknown;
    try {
      splitTarget({ parent: regionTarget(100), into: "months", method: "even", unit: -1 }, plain);
    } catch (error) {
      caught = error;
    }
    expect(isSalesPaceError(caught, "BadArgument")).toBe(true);
    const error = caught as SalesPaceError;
    expect(error.messageKey).toBe("split.unitNotPositive");
    expect(translate("zh", error.messageKey!, error.args)).toMatch("取整单位必须是大于 0 的数字");
  });

  it("property: children always add up to the parent, in whole units", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 40,
        }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = apportion(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every(Number.isInteger)).toBe(true);
          // Each part is within one unit of its exact share.
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) =>
            expect(Math.abs(part - (total * weights[i]) / sum)).toBeLessThan(1 + 1e-6),
          );
        },
      ),
    );
  });

  it("property: month children of a cent-rounded target add up to it in cents", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom("2026", "2026-Q1", "2027-Q4"),
        (cents, period) => {
          const children = splitTarget(
            { parent: regionTarget(cents / 100, period), into: "months", method: "workingDays", unit: 0.01 },
            plain,
          );
          expect(children.reduce((sum, c) => sum + Math.round(c.value * 100), 0)).toBe(cents);
        },
      ),
    );
  });
});
