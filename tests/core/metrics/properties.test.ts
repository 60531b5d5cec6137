import fc from "fast-check";
import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../../../src/core/metrics";
import type { MetricKey, SalesBook } from "../../../src/core/model";
import { METRIC_KEYS } from "../../../src/core/schema/enums";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { book, d, dailyReport, product, salesperson, target, visitPlan } from "../../support/rows";

const regions = ["华东", "华北", "华南"];
const start = d("2026-10-20");

const amount = fc.oneof(fc.constant(null), fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }));

const bookArbitrary = fc
  .record({
    people: fc.array(fc.record({ region: fc.constantFrom(...regions, null), active: fc.boolean() }), {
      minLength: 1,
      maxLength: 6,
    }),
    reports: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 60 }),
        who: fc.integer({ min: 0, max: 7 }),
        byId: fc.boolean(),
        customer: fc.constantFrom("C1", "C2", "c1 ", "C3", null),
        product: fc.constantFrom("A", "B", "Z", null),
        orderAmount: amount,
        grossMargin: fc.oneof(fc.constant(null), fc.double({ min: -1e5, max: 1e6, noNaN: true })),
        collection: amount,
        expense: amount,
        newOutlet: fc.constantFrom(true, false, null),
      }),
      { maxLength: 60 },
    ),
    targets: fc.array(
      fc.record({
        period: fc.constantFrom("2026", "2026-Q4", "2026-11", "2026-12", "2026-W47", "2026-W49", "2026-13"),
        who: fc.integer({ min: -1, max: 7 }),
        region: fc.constantFrom(...regions),
        metric: fc.constantFrom<MetricKey>(...METRIC_KEYS),
        value: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e7, noNaN: true })),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ people, reports, targets }): SalesBook => {
    const name = (i: number) => `P${i}`;
    return book({
      salespeople: people.map((p, i) =>
        salesperson({ id: `S${i}`, name: name(i), region: p.region, active: p.active }),
      ),
      // Product A has price 0: its derived margin cannot be known and must not become Infinity.
      products: [
        product({ name: "A", unitPrice: 0, unitCost: 10 }),
        product({ name: "B", unitPrice: 100, unitCost: 60 }),
      ],
      dailyReport: reports.map(({ offset, who, byId, ...cells }) =>
        dailyReport({ ...cells, date: start + offset, salesperson: byId ? `S${who}` : name(who) }),
      ),
      visitPlan: reports
        .slice(0, 10)
        .map((r) => visitPlan({ date: start + r.offset, salesperson: name(r.who), customer: r.customer })),
      targets: targets.map((t) =>
        target({
          period: t.period,
          salesperson: t.who < 0 ? null : name(t.who),
          region: t.region,
          metric: t.metric,
          target: t.value,
        }),
      ),
    });
  });

function finiteEverywhere(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object") return true;
  return Object.values(value).every(finiteEverywhere);
}

describe("metrics properties", () => {
  const calendar = buildCalendar([]);

  it("region subtotal actuals equal the sum of their salespeople's; the company equals the sum of regions", () => {
    fc.assert(
      fc.property(
        bookArbitrary,
        fc.constantFrom("2026-11", "2026-Q4", "2026-W48", "2026"),
        fc.integer({ min: 0, max: 60 }),
        (salesBook, text, asOf) => {
          const card = buildScorecard({
            book: salesBook,
            index: buildMasterIndex(salesBook),
            calendar,
            period: parsePeriod(text)!,
            asOf: start + asOf,
          });
          const company = card.lines[card.lines.length - 1];
          expect(company.level).toBe("company");
          for (const key of METRIC_KEYS) {
            let companySum = 0;
            let regionSum = 0;
            for (const line of card.lines) {
              if (line.level === "salesperson") regionSum += line.metrics[key].actual;
              if (line.level === "region") {
                expect(line.metrics[key].actual).toBeCloseTo(regionSum, 6);
                companySum += line.metrics[key].actual;
                regionSum = 0;
              }
            }
            expect(company.metrics[key].actual).toBeCloseTo(companySum, 6);
          }
        },
      ),
    );
  });

  it("no NaN or Infinity anywhere in scorecard, efficiency or weekly report", () => {
    fc.assert(
      fc.property(bookArbitrary, fc.integer({ min: 0, max: 60 }), (salesBook, asOf) => {
        const index = buildMasterIndex(salesBook);
        const day = start + asOf;
        for (const text of ["2026", "2026-Q4", "2026-11", "2026-W48"]) {
          expect(
            finiteEverywhere(
              buildScorecard({ book: salesBook, index, calendar, period: parsePeriod(text)!, asOf: day }),
            ),
          ).toBe(true);
        }
        expect(
          finiteEverywhere(
            buildEfficiency({ book: salesBook, index, calendar, from: start, to: day, by: "week" }),
          ),
        ).toBe(true);
        expect(
          finiteEverywhere(
            buildWeeklyReport({ book: salesBook, index, calendar, asOf: day, signOffOverdueDays: 2 }),
          ),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
