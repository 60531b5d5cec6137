import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../../../src/core/metrics";
import type { DailyReportRow, SalesBook, VisitPlanRow } from "../../../src/core/model";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { book, d, product, salesperson, target } from "../../support/rows";

// SPEC §5: 200 salespeople × 8 visits × 250 working days ≈ 400,000 report rows a year.
const PEOPLE = 200;
const ROWS = 400_000;
const NO_UNREADABLE: ReadonlySet<string> = new Set();

function yearOfReports(): SalesBook {
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    salesperson({ id: `S${i}`, name: `销售${i}`, region: `区域${i % 10}`, active: true }),
  );
  const first = d("2026-01-01");
  const dailyReport: DailyReportRow[] = [];
  const visitPlan: VisitPlanRow[] = [];
  for (let i = 0; i < ROWS; i++) {
    const who = i % PEOPLE;
    const date = first + (Math.floor(i / (PEOPLE * 8)) % 365);
    const customer = `客户${(i * 7) % 3000}`;
    dailyReport.push({
      row: i + 2,
      unreadable: NO_UNREADABLE,
      date,
      salesperson: i % 50 === 0 ? `S${who}` : `销售${who}`,
      attendance: "present",
      customer,
      purpose: "order",
      result: null,
      product: `产品${i % 20}`,
      orderAmount: (i % 13) * 100,
      grossMargin: i % 3 === 0 ? null : (i % 13) * 20,
      collection: (i % 7) * 50,
      newOutlet: i % 97 === 0,
      complaintHandled: null,
      expense: 15,
      competitorInfo: null,
      customerFeedback: null,
      customerNews: null,
      insight: null,
      approvedBy: i % 5 === 0 ? null : "主管",
      comment: null,
    });
    if (i % 2 === 0) {
      visitPlan.push({
        row: i / 2 + 2,
        unreadable: NO_UNREADABLE,
        date,
        salesperson: `销售${who}`,
        customer,
        area: null,
        time: null,
        purpose: "order",
        objective: null,
        approvedBy: "主管",
        approvedOn: date,
      });
    }
  }
  return book({
    salespeople: people,
    products: Array.from({ length: 20 }, (_, i) =>
      product({ code: `P${i}`, name: `产品${i}`, unitPrice: 100, unitCost: 60 + i }),
    ),
    targets: people.flatMap((p) =>
      Array.from({ length: 12 }, (_, m) =>
        target({
          period: `2026-${String(m + 1).padStart(2, "0")}`,
          salesperson: p.name,
          metric: "sales",
          target: 100000,
        }),
      ),
    ),
    dailyReport,
    visitPlan,
  });
}

describe("scale (SPEC §5)", () => {
  const salesBook = yearOfReports();
  const index = buildMasterIndex(salesBook);
  const calendar = buildCalendar([]);

  // Speed is measured by `npm run bench` against same-run baselines, not here; these check the figures at full size.
  it("builds a year's scorecard over 400,000 report rows", () => {
    const card = buildScorecard({
      book: salesBook,
      index,
      calendar,
      period: parsePeriod("2026")!,
      asOf: d("2026-12-31"),
    });
    expect(card.lines).toHaveLength(PEOPLE + 10 + 1);
    const company = card.lines[card.lines.length - 1].metrics;
    expect(company.visits.actual).toBe(ROWS);
    expect(company.sales.target).toBeCloseTo(PEOPLE * 12 * 100000, 3);
  });

  it("builds a year's weekly efficiency and a weekly report over the same rows", () => {
    const lines = buildEfficiency({
      book: salesBook,
      index,
      calendar,
      from: d("2026-01-01"),
      to: d("2026-12-31"),
      by: "week",
    });
    const weekly = buildWeeklyReport({
      book: salesBook,
      index,
      calendar,
      asOf: d("2026-11-30"),
      signOffOverdueDays: 2,
    });
    expect(lines).toHaveLength(PEOPLE * 53);
    expect(weekly.regions).toHaveLength(10);
  });
});
