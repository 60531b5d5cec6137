import fc from "fast-check";
import { buildMasterIndex } from "../../../../src/core/lists";
import { computeCustomers } from "../../../../src/core/metrics/customers";
import { buildCalendar } from "../../../../src/core/periods";
import { book, customer, d, dailyReport, lostCustomer, salesperson, survey } from "../../../support/rows";

const asOf = d("2026-11-27");
const view = { start: d("2026-11-01"), end: d("2026-11-30") };

const bookArbitrary = fc
  .record({
    customers: fc.array(
      fc.record({
        status: fc.constantFrom("active" as const, "prospect" as const, "churned" as const, null),
        sinceOffset: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    orders: fc.array(
      fc.record({
        who: fc.integer({ min: 0, max: 13 }),
        offset: fc.integer({ min: -3, max: 500 }),
        // Order amounts as people type them: whole cents (a denormal like 5e-324 would only test float underflow).
        amount: fc.oneof(
          fc.constant(null),
          fc.constant(0),
          fc.integer({ min: 1, max: 100_000_000 }).map((cents) => cents / 100),
        ),
      }),
      { maxLength: 50 },
    ),
    losses: fc.array(
      fc.record({ who: fc.integer({ min: 0, max: 13 }), offset: fc.integer({ min: 0, max: 400 }) }),
      { maxLength: 4 },
    ),
    surveys: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 40 }),
        overall: fc.option(fc.integer({ min: -1, max: 7 }), { nil: null }),
        recommend: fc.option(fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constant(7.5)), { nil: null }),
      }),
      { maxLength: 20 },
    ),
    classA: fc.double({ min: 0.05, max: 1, noNaN: true }),
  })
  .map((r) => ({
    classA: r.classA,
    book: book({
      salespeople: [salesperson({ name: "王伟", region: "华东" })],
      customers: r.customers.map((c, i) =>
        customer({
          name: `客户${i}`,
          owner: "王伟",
          status: c.status,
          since: c.sinceOffset === null ? null : asOf - c.sinceOffset,
        }),
      ),
      dailyReport: r.orders.map((o) =>
        dailyReport({
          date: asOf - o.offset,
          salesperson: "王伟",
          attendance: "present",
          customer: `客户${o.who}`,
          purpose: "order",
          orderAmount: o.amount,
        }),
      ),
      lostCustomers: r.losses.map((l) => lostCustomer({ lostOn: asOf - l.offset, customer: `客户${l.who}` })),
      satisfaction: r.surveys.map((s) =>
        survey({
          date: asOf - s.offset,
          customer: "客户0",
          salesperson: "王伟",
          overall: s.overall,
          recommend: s.recommend,
        }),
      ),
    }),
  }));

const run = (b: ReturnType<typeof book>, classA: number) =>
  computeCustomers({
    book: b,
    index: buildMasterIndex(b),
    calendar: buildCalendar([]),
    view,
    asOf,
    thresholds: { classA },
  });

describe("customer metrics: properties", () => {
  it("classes partition the classed customers: each Active, not lost customer exactly one class, no one else", () => {
    fc.assert(
      fc.property(bookArbitrary, ({ book: b, classA }) => {
        const m = run(b, classA);
        const classed = m.lines.filter((l) => l.class !== null);
        for (const l of m.lines)
          expect(l.class !== null).toBe(l.status === "active" && !l.flags.includes("lost"));
        expect(m.classes.reduce((n, c) => n + c.customers, 0)).toBe(classed.length);
      }),
    );
  });

  it("class shares of sales add up to 1 when anyone sold, and A is the smallest group reaching its share", () => {
    fc.assert(
      fc.property(bookArbitrary, ({ book: b, classA }) => {
        const m = run(b, classA);
        const total = m.classes.reduce((s, c) => s + c.sales, 0);
        if (total <= 0) return;
        expect(m.classes.reduce((s, c) => s + (c.share ?? 0), 0)).toBeCloseTo(1, 9);
        // In ranking order (lines come in list order): without its smallest member A falls short of its share.
        const a = m.lines
          .filter((l) => l.class === "A")
          .map((l) => l.trailingSales)
          .sort((x, y) => y - x);
        const withoutLast = a.slice(0, -1).reduce((s, x) => s + x, 0);
        expect(withoutLast).toBeLessThan(classA * total * (1 + 1e-9));
        expect(a.reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(classA * total * (1 - 1e-9));
      }),
    );
  });

  it("satisfaction figures stay on their scales and lost-sales reasons add up to the lost sales", () => {
    fc.assert(
      fc.property(bookArbitrary, ({ book: b, classA }) => {
        const m = run(b, classA);
        for (const s of m.satisfaction) {
          if (s.csat !== null) expect(s.csat >= 1 && s.csat <= 5).toBe(true);
          if (s.satisfiedShare !== null) expect(s.satisfiedShare >= 0 && s.satisfiedShare <= 1).toBe(true);
          if (s.nps !== null) expect(s.nps >= -100 && s.nps <= 100).toBe(true);
        }
        const reasons = m.churn.reasons;
        expect(reasons.reduce((n, r) => n + r.customers, 0)).toBe(m.churn.lost);
        expect(reasons.reduce((s, r) => s + r.lostSales, 0)).toBeCloseTo(m.churn.lostSales, 3);
        expect(m.churn.expectedLifetimeYears).toBeGreaterThan(0);
        expect(m.churn.expectedLifetimeYears).toBeLessThanOrEqual(10);
      }),
    );
  });
});
