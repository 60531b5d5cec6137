import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { buildScorecard } from "../../../src/core/metrics";
import type { Scorecard, ScorecardLine } from "../../../src/core/metrics";
import { book, calendarDay, d, dailyReport, salesperson, target } from "../../support/rows";
import { indexOf, novemberBook } from "./fixture";

const plain = buildCalendar([]);

function november(asOf = d("2026-11-20")): Scorecard {
  const book = novemberBook();
  return buildScorecard({
    book,
    index: indexOf(book),
    calendar: plain,
    period: parsePeriod("2026-11")!,
    asOf,
  });
}

const lineOf = (card: Scorecard, name: string): ScorecardLine =>
  card.lines.find(
    (l) => l.salesperson === name || (l.salesperson === null && (l.region ?? "company") === name),
  )!;

describe("scorecard 目标达成 (SPEC §3, §4)", () => {
  const card = november();

  it("lists region → salespeople → subtotal, then the company; inactive people without figures are left out", () => {
    expect(card.lines.map((l) => `${l.level}:${l.salesperson ?? l.region ?? "total"}`)).toEqual([
      "salesperson:王伟",
      "salesperson:李娜",
      "region:华东",
      "salesperson:张强",
      // 赵敏 is inactive with no actuals or targets; 陈晨 is inactive but reported a visit.
      "salesperson:陈晨",
      "region:华北",
      "company:total",
    ]);
    expect(card.workingDays).toBe(21);
    expect(card.workingDaysElapsed).toBe(15);
  });

  it("counts actuals from the period start up to as-of, an ID typed for the name, and distinct new outlets", () => {
    const wang = lineOf(card, "王伟").metrics;
    // 1000 + 2000 + 0 (11-21 is after as-of, 10-31 before the period, the undated row in neither).
    expect(wang.sales.actual).toBe(3000);
    // 1000 × (1 − 75/100) = 250 derived, plus 300 typed.
    expect(wang.grossMargin.actual).toBe(550);
    expect(wang.collections.actual).toBe(500);
    // C1 twice and C2 (typed as S001): two distinct customers.
    expect(wang.newOutlets.actual).toBe(2);
    // The leave day has no customer: 3 visits.
    expect(wang.visits.actual).toBe(3);
    // Product B has no cost: its derived margin is unknown and counts 0.
    expect(lineOf(card, "李娜").metrics.grossMargin.actual).toBe(0);
  });

  it("computes achievement, time progress, pace, forecast and required daily rate", () => {
    const sales = lineOf(card, "王伟").metrics.sales;
    // Monthly target 4200 wins over the yearly 99999; product- and dealer-level targets do not count.
    expect(sales.target).toBe(4200);
    expect(sales.achievement).toBeCloseTo(3000 / 4200, 12);
    expect(sales.timeProgress).toBeCloseTo(15 / 21, 12);
    // 3000/4200 = 15/21 exactly: on pace.
    expect(sales.pace).toBeCloseTo(0, 12);
    // 3000 / (15/21) = 4200.
    expect(sales.forecast).toBeCloseTo(4200, 9);
    expect(sales.forecastAchievement).toBeCloseTo(1, 12);
    // (4200 − 3000) / 6 working days left = 200.
    expect(sales.requiredDailyRate).toBeCloseTo(200, 9);
    expect(sales.light).toBe("green");
  });

  it("prorates a quarterly target to the month by working days", () => {
    const sales = lineOf(card, "李娜").metrics.sales;
    // Q4 2026: October 22, November 21, December 23 working days = 66; 6600 × 21/66 = 2100.
    expect(sales.target).toBeCloseTo(2100, 9);
    // 500/2100 − 15/21 = 0.238 − 0.714 → more than 10 points behind.
    expect(sales.light).toBe("red");
    expect(lineOf(card, "陈晨").metrics.sales.light).toBe("amber"); // 100/150 − 15/21 = −0.048
    expect(lineOf(card, "张强").metrics.sales.light).toBe("green"); // 3000/3000 ≥ 15/21
  });

  it("subtotals regions: region-level target where one exists, else the sum of its salespeople's", () => {
    const east = lineOf(card, "华东").metrics;
    const north = lineOf(card, "华北").metrics;
    const total = lineOf(card, "company").metrics;
    expect(east.sales.target).toBeCloseTo(4200 + 2100, 9);
    expect(north.sales.target).toBe(10000); // not 3000 + 150
    expect(total.sales.target).toBeCloseTo(6300 + 10000, 9);
    expect(east.visits.target).toBe(60);
    expect(east.sales.actual).toBe(3500);
    expect(north.sales.actual).toBe(3100); // the unknown salesperson "Nobody" counts nowhere
    expect(total.sales.actual).toBe(6600);
    expect(total.grossMargin.actual).toBe(550 + 0 + 750 + 20);
  });

  it("leaves every ratio blank without a target, never NaN or Infinity", () => {
    const margin = lineOf(card, "李娜").metrics.grossMargin;
    expect(margin).toEqual({
      target: null,
      actual: 0,
      achievement: null,
      timeProgress: 15 / 21,
      pace: null,
      forecast: 0,
      forecastAchievement: null,
      requiredDailyRate: null,
      reached: false,
      light: null,
    });
  });

  it("as-of at the period end leaves no days for a required daily rate; before the start counts nothing", () => {
    const end = november(d("2026-11-30"));
    expect(lineOf(end, "王伟").metrics.sales.requiredDailyRate).toBeNull();
    expect(lineOf(end, "王伟").metrics.sales.timeProgress).toBe(1);
    const early = november(d("2026-10-15"));
    expect(early.workingDaysElapsed).toBe(0);
    expect(lineOf(early, "company").metrics.sales.actual).toBe(0);
    expect(lineOf(early, "王伟").metrics.sales.forecast).toBeNull();
  });

  it("counts time progress in working days: a National Day week with a 调休 Saturday", () => {
    const calendar = buildCalendar([
      ...["2026-10-05", "2026-10-06", "2026-10-07"].map((date) =>
        calendarDay({ date: d(date), kind: "holiday" }),
      ),
      calendarDay({ date: d("2026-10-10"), kind: "workday" }),
    ]);
    const salesBook = book({
      salespeople: [salesperson({ name: "王伟", region: "华东" })],
      targets: [target({ period: "2026-W41", salesperson: "王伟", metric: "visits", target: 30 })],
      dailyReport: [dailyReport({ date: d("2026-10-08"), salesperson: "王伟", customer: "C1" })],
    });
    const week = buildScorecard({
      book: salesBook,
      index: indexOf(salesBook),
      calendar,
      period: parsePeriod("2026-W41")!,
      asOf: d("2026-10-09"),
    });
    // Working days 10-08, 10-09 and the make-up Saturday 10-10: 3; by Friday 10-09, 2 have passed.
    expect([week.workingDays, week.workingDaysElapsed]).toEqual([3, 2]);
    const visits = lineOf(week, "王伟").metrics.visits;
    // 1/30 − 2/3; forecast 1 / (2/3) = 1.5; (30 − 1) / 1 day left = 29.
    expect(visits.pace).toBeCloseTo(1 / 30 - 2 / 3, 12);
    expect(visits.forecast).toBeCloseTo(1.5, 12);
    expect(visits.requiredDailyRate).toBe(29);
  });
});
