import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency } from "../../../src/core/metrics";
import type { EfficiencyLine } from "../../../src/core/metrics";
import { buildCalendar } from "../../../src/core/periods";
import { book, d, dailyReport, visitPlan } from "../../support/rows";
import { team } from "./fixture";

const salesBook = book({
  salespeople: team,
  visitPlan: [
    visitPlan({ date: d("2026-11-23"), salesperson: "王伟", customer: "C1" }),
    visitPlan({ date: d("2026-11-23"), salesperson: "王伟", customer: "C2" }),
    visitPlan({ date: d("2026-11-24"), salesperson: "王伟", customer: "C3" }),
    // Planned for 李娜, visited by 王伟: not 王伟's plan.
    visitPlan({ date: d("2026-11-24"), salesperson: "李娜", customer: "C4" }),
  ],
  dailyReport: [
    dailyReport({
      date: d("2026-11-23"),
      salesperson: "王伟",
      customer: "C1",
      orderAmount: 1000,
      expense: 100,
    }),
    dailyReport({ date: d("2026-11-23"), salesperson: "王伟", customer: "C9", orderAmount: 0, expense: 20 }),
    // " c3 " is the planned C3 typed with a space and in lower case.
    dailyReport({ date: d("2026-11-24"), salesperson: "王伟", customer: " c3 ", orderAmount: 500 }),
    dailyReport({ date: d("2026-11-24"), salesperson: "王伟", customer: "C4" }),
    // A second visit to the planned C3 the same day: planned, so not unplanned, but not a second plan done.
    dailyReport({ date: d("2026-11-24"), salesperson: "王伟", customer: "C3" }),
    dailyReport({ date: d("2026-11-30"), salesperson: "王伟", customer: "C1", orderAmount: 200 }),
    dailyReport({ date: d("2026-12-01"), salesperson: "王伟", customer: "C1", orderAmount: 7777 }),
  ],
});

function efficiency(by: "week" | "month"): EfficiencyLine[] {
  return buildEfficiency({
    book: salesBook,
    index: buildMasterIndex(salesBook),
    calendar: buildCalendar([]),
    from: d("2026-11-23"),
    to: d("2026-11-30"),
    by,
  });
}

describe("efficiency 推销效率 (SPEC §3)", () => {
  const byWeek = efficiency("week");
  const line = (name: string, period: string) =>
    byWeek.find((l) => l.salesperson === name && l.period === period)!;

  it("has a line per active salesperson and week; inactive people without activity are left out", () => {
    expect(byWeek.map((l) => `${l.salesperson} ${l.period}`)).toEqual([
      "王伟 2026-W48",
      "王伟 2026-W49",
      "李娜 2026-W48",
      "李娜 2026-W49",
      "张强 2026-W48",
      "张强 2026-W49",
    ]);
  });

  it("computes sales and expense per visit, expense ratio and strike rate", () => {
    const week = line("王伟", "2026-W48");
    // Visits C1, C9, c3, C4, C3: 5 visits, sales 1500, expense 120; 2 visits with an order.
    expect(week).toMatchObject({ region: "华东", visits: 5, sales: 1500, expense: 120 });
    expect(week.salesPerVisit).toBe(300);
    expect(week.expensePerVisit).toBe(24);
    expect(week.expenseRatio).toBeCloseTo(0.08, 12);
    expect(week.strikeRate).toBe(0.4);
  });

  it("plan adherence: a planned visit is done when the same salesperson reported that customer that day", () => {
    const week = line("王伟", "2026-W48");
    // Planned C1, C2, C3; C1 and C3 done.
    expect(week.plannedVisits).toBe(3);
    expect(week.plannedVisitsDone).toBe(2);
    expect(week.planAdherence).toBeCloseTo(2 / 3, 12);
    // C9 and C4 (李娜's plan) were not in 王伟's plan: 2 of 5 visits unplanned.
    expect(week.unplannedShare).toBe(0.4);
    expect(line("李娜", "2026-W48")).toMatchObject({
      plannedVisits: 1,
      plannedVisitsDone: 0,
      planAdherence: 0,
    });
  });

  it("leaves ratios blank where nothing was planned or visited", () => {
    expect(line("王伟", "2026-W49")).toMatchObject({
      visits: 1,
      planAdherence: null,
      unplannedShare: 1,
      strikeRate: 1,
    });
    expect(line("张强", "2026-W48")).toMatchObject({
      visits: 0,
      salesPerVisit: null,
      expensePerVisit: null,
      expenseRatio: null,
      planAdherence: null,
      unplannedShare: null,
      strikeRate: null,
    });
  });

  it("by month groups the same rows into the month, counting only the range", () => {
    const byMonth = efficiency("month");
    expect(byMonth.map((l) => l.period)).toEqual(["2026-11", "2026-11", "2026-11"]);
    // 12-01 is outside the range.
    expect(byMonth[0]).toMatchObject({ salesperson: "王伟", visits: 6, sales: 1700 });
  });
});
