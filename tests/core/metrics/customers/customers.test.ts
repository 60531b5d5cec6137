import { buildMasterIndex } from "../../../../src/core/lists";
import { computeCustomers } from "../../../../src/core/metrics/customers";
import { buildCalendar } from "../../../../src/core/periods";
import { AS_OF, VIEW, customersBook } from "./fixture";

function model(thresholds = {}) {
  const book = customersBook();
  return computeCustomers({
    book,
    index: buildMasterIndex(book),
    calendar: buildCalendar([]),
    view: VIEW,
    asOf: AS_OF,
    thresholds,
  });
}

const line = (name: string) => model().lines.find((l) => l.name === name)!;

describe("ABC class from trailing-12-month sales (SPEC §8.4)", () => {
  it("classes the Active, not lost customers: A to 80 %, B to 95 %, C the rest", () => {
    // Trailing 12 months (2025-11-28 … 2026-11-27): 甲 6,000 + 2,000 = 8,000; 乙 500 + 1,000 = 1,500;
    // 丙 500; 丁 0; 癸 0 (won back, so Active again). Total 10,000.
    // Running total before each: 甲 0 < 8,000 → A; 乙 8,000 (80 % reached) < 9,500 → B; 丙 9,500 → C.
    // 戊 and 辛 are prospects, 己 churned, 庚 lost: no class. The 99,999 order of 11-30 is after as-of.
    const m = model();
    expect(m.lines.map((l) => [l.name, l.class])).toEqual([
      ["甲", "A"],
      ["乙", "B"],
      ["丙", "C"],
      ["丁", "C"],
      ["戊", null],
      ["己", null],
      ["庚", null],
      ["辛", null],
      ["癸", "C"],
    ]);
    expect(m.classes.map((c) => [c.class, c.customers, c.sales, c.share])).toEqual([
      ["A", 1, 8000, 0.8],
      ["B", 1, 1500, 0.15],
      ["C", 3, 500, 0.05],
    ]);
  });

  it("takes the class thresholds the workbook sets", () => {
    // A to 90 %: 甲 0 < 9,000 → A; 乙 8,000 < 9,000 → A too.
    const m = model({ classA: 0.9 });
    expect(m.lines.filter((l) => l.class === "A").map((l) => l.name)).toEqual(["甲", "乙"]);
  });
});

describe("churn rate, expected lifetime and lifetime value (SPEC §8.4)", () => {
  it("divides the customers lost in the trailing 12 months by those active at its start", () => {
    // Active at 2025-11-28: not Prospect, Since before it, not lost then: 甲 乙 丙 己 庚 癸 = 6 (丁 is newer).
    // Lost in the window and still lost: 己 (05-10), 庚 (11-16) = 2; 癸 was won back. Rate 2 / 6 = 1/3,
    // expected lifetime 1 ÷ (1/3) = 3 years.
    const { churn } = model();
    expect(churn.activeAtStart).toBe(6);
    expect(churn.lostInWindow).toBe(2);
    expect(churn.rate).toBeCloseTo(1 / 3, 12);
    expect(churn.expectedLifetimeYears).toBeCloseTo(3, 12);
  });

  it("values a classed customer at trailing gross margin × expected lifetime, a short history at its class mean", () => {
    // 甲 (1,500 + 500) × 3 = 6,000; 乙 (100 + 200) × 3 = 900; 丙 100 × 3 = 300; 癸 0 × 3 = 0;
    // 丁 has 43 days (< 90): the mean of C customers with ≥ 90 days, (300 + 0) / 2 = 150.
    expect(["甲", "乙", "丙", "丁", "癸", "戊"].map((n) => line(n).lifetimeValue)).toEqual([
      6000,
      900,
      300,
      150,
      0,
      null,
    ]);
    const m = model();
    expect(m.classes.map((c) => [c.lifetimeValueMean, c.lifetimeValueTotal])).toEqual([
      [6000, 6000],
      [900, 900],
      [150, 450],
    ]);
    // 华东: 6,000 + 900 + 300 + 150 + 0 = 7,350 over 5 customers = 1,470.
    expect(m.regions).toEqual([
      { region: "华东", customers: 5, lifetimeValueMean: 1470, lifetimeValueTotal: 7350 },
    ]);
  });
});

describe("visit norms, coverage and silent customers (SPEC §8.4, §8.5)", () => {
  it("measures coverage against the class norm over the view's 20 elapsed working days", () => {
    // Norm × 20 / 20: A needs 4 (甲 has 4 → 1.0), B 2 (乙 has 1 → 0.5), C 1 (丙 0 → 0; 丁 1 → 1; 癸 0 → 0).
    expect(["甲", "乙", "丙", "丁", "癸"].map((n) => line(n).coverage)).toEqual([1, 0.5, 0, 1, 0]);
    expect(line("乙").flags).toEqual(["underVisited"]);
  });

  it("flags silent customers as of the as-of date and lists them A class first, then by sales", () => {
    // 丙 last visit 03-02 (270 days > 30); 癸 never visited since 2025-01-01. 乙 22 days, 丁 15 days,
    // no order for 43 days since 10-15 (≤ 60): not silent. 庚 is lost, not silent.
    const m = model();
    expect(m.silent.map((s) => [s.name, s.class, s.daysSinceVisit])).toEqual([
      ["丙", "C", 270],
      ["癸", "C", null],
    ]);
    expect(line("庚").flags).toEqual(["lost"]);
    expect(line("丙").flags).toEqual(["silent", "underVisited"]);
  });

  it("fills a customer's line: dates, period and trailing figures, open complaints, latest valid Overall", () => {
    expect(line("甲")).toMatchObject({
      id: "C-甲",
      firstOrder: AS_OF - 179, // 2026-06-01
      lastOrder: AS_OF - 17, // 2026-11-10
      lastVisit: AS_OF - 3, // 2026-11-24
      daysSinceVisit: 3,
      visits: 4,
      sales: 2000,
      margin: 500,
      trailingSales: 8000,
      trailingMargin: 2000,
      openComplaints: 0,
      latestOverall: 5,
    });
    expect(line("丙").openComplaints).toBe(1);
    // 丁's only survey scored 6 on a 1–5 scale (E09): left out.
    expect(line("丁").latestOverall).toBeNull();
  });
});

describe("customer development (SPEC §8.4)", () => {
  it("counts prospects at the start and added, the won, conversion, days to first order and new-customer visits per win", () => {
    // At 11-01: created before it, no order before it, not lost: 丁, 戊 = 2 (癸 was lost on 10-31).
    // Added in the view: 辛 (11-09) = 1. Won (first order ever in the view): 戊 on 11-20 = 1.
    // Conversion 1 / (2 + 1) = 1/3. Days to first order 11-20 − 11-02 (first row) = 18.
    // New-customer visits in the view: 丁 11-12, 戊 11-02 = 2 → 2 per win.
    const [person, region] = model().development;
    const expected = {
      prospectsAtStart: 2,
      prospectsAdded: 1,
      won: 1,
      daysToFirstOrder: 18,
      newCustomerVisitsPerWin: 2,
    };
    expect(person).toMatchObject({ salesperson: "王伟", region: "华东", ...expected });
    expect(person.conversion).toBeCloseTo(1 / 3, 12);
    expect(region).toMatchObject({ salesperson: null, region: "华东", ...expected });
  });
});

describe("satisfaction and complaints (SPEC §8.4)", () => {
  it("computes CSAT, satisfied share and NPS over the surveys in the view, leaving out scores off the scale", () => {
    // In the view: Overall 5, 4, 2 and 6 (off the scale, left out): CSAT (5 + 4 + 2) / 3 = 3.667,
    // satisfied (≥ 4) 2 / 3. Recommend 10, 8, 3, 9: promoters 2, detractors 1 of 4 → NPS 25.
    // 王伟: 5, 4 → 4.5, 2/2; 10 and 8 → (1 − 0) / 2 = 50. 李娜: 2 → 2, 0/1; 3 and 9 → 0.
    const rows = model().satisfaction.map((s) => [
      s.level,
      s.name,
      s.surveys,
      s.csat,
      s.satisfiedShare,
      s.nps,
    ]);
    expect(rows).toEqual([
      ["company", "", 4, 11 / 3, 2 / 3, 25],
      ["region", "华东", 4, 11 / 3, 2 / 3, 25],
      ["salesperson", "王伟", 2, 4.5, 1, 50],
      ["salesperson", "李娜", 2, 2, 0, 0],
      ["month", "2026-11", 4, 11 / 3, 2 / 3, 25],
    ]);
  });

  it("gives the complaints received in the view: share closed, median days to close, share satisfied", () => {
    // Received 4; closed 3 (4, 10 and 2 days) → 0.75, median 4; satisfied Y 2 of 4 → 0.5.
    expect(model().complaints).toEqual({
      received: 4,
      closedShare: 0.75,
      medianDaysToClose: 4,
      satisfiedShare: 0.5,
    });
  });
});

describe("churn in the view with its reasons (SPEC §8.4)", () => {
  it("lists the customers lost in the view, their trailing sales as of Lost on, reasons, interviews and win-backs", () => {
    // Lost in November: 庚 on 11-16, trailing sales as of then 1,000 (10-01); not interviewed.
    // Won back in November: 癸 on 11-18.
    const { churn } = model();
    expect(churn).toMatchObject({ lost: 1, lostSales: 1000, interviewedShare: 0, wonBack: 1 });
    expect(churn.reasons).toEqual([
      { reason: "competitorOffer", customers: 1, lostSales: 1000, improvements: ["专项促销"] },
    ]);
  });
});
