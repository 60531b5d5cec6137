import { buildMasterIndex } from "../../../src/core/lists";
import { buildWeeklyReport, isSignOffOverdue } from "../../../src/core/metrics";
import type { WeeklyRegionReport } from "../../../src/core/metrics";
import { buildCalendar } from "../../../src/core/periods";
import { complaint, customer, d, dailyReport, marketReport, visitPlan } from "../../support/rows";
import { isoFromDay } from "../../support/day";
import { novemberBook } from "./fixture";

const plain = buildCalendar([]);

function report() {
  const base = novemberBook();
  const salesBook = {
    ...base,
    customers: [customer({ name: "客户X", region: "华北" })],
    visitPlan: [
      visitPlan({ date: d("2026-11-23"), salesperson: "王伟", customer: "C1", approvedBy: "刘主任" }),
      visitPlan({ date: d("2026-11-25"), salesperson: "王伟", customer: "C7" }),
      visitPlan({ date: d("2026-12-01"), salesperson: "张强", customer: "C4" }),
    ],
    dailyReport: [
      ...base.dailyReport,
      dailyReport({
        date: d("2026-11-23"),
        salesperson: "王伟",
        customer: "C1",
        orderAmount: 1000,
        approvedBy: "刘主任",
      }),
      dailyReport({ date: d("2026-11-24"), salesperson: "李娜", customer: "C3", orderAmount: 200 }),
    ],
    marketReport: [
      marketReport({
        row: 10,
        date: d("2026-11-20"),
        region: "华东",
        severity: "severe",
        status: "open",
        description: "竞品降价",
      }),
      marketReport({ row: 11, date: d("2026-11-21"), region: "华东", severity: "severe", status: "closed" }),
      marketReport({ row: 12, date: d("2026-11-22"), region: "华东", severity: "important", status: "open" }),
      marketReport({
        row: 13,
        date: d("2026-11-23"),
        reporter: "张强",
        severity: "severe",
        status: "inProgress",
      }),
      marketReport({ row: 14, date: d("2026-11-10"), region: "华东", severity: "severe", status: null }),
    ],
    complaints: [
      complaint({
        row: 20,
        received: d("2026-11-24"),
        salesperson: "李娜",
        customer: "C3",
        description: "=HYPERLINK()",
      }),
      complaint({ row: 21, received: d("2026-11-24"), salesperson: "李娜", closedOn: d("2026-11-25") }),
      complaint({ row: 22, received: d("2026-11-26"), customer: "客户X" }),
    ],
  };
  // Wednesday 2026-12-02: the report is for Monday 11-30; last week is 2026-W48.
  return buildWeeklyReport({
    book: salesBook,
    index: buildMasterIndex(salesBook),
    calendar: plain,
    asOf: d("2026-12-02"),
    signOffOverdueDays: 2,
  });
}

describe("weekly report 周报 (SPEC §4)", () => {
  const weekly = report();
  const region = (name: string): WeeklyRegionReport => weekly.regions.find((r) => r.region === name)!;

  it("is for the Monday on or before as-of, with last week Mon–Sun and the month of last Sunday", () => {
    expect(isoFromDay(weekly.monday)).toBe("2026-11-30");
    expect(weekly.lastWeek.text).toBe("2026-W48");
    expect(weekly.month.text).toBe("2026-11");
    expect(weekly.regions.map((r) => r.region)).toEqual(["华东", "华北"]);
  });

  it("gives last week and month to date per metric", () => {
    const east = region("华东");
    // Last week: 王伟 1000 + 李娜 200.
    expect(east.lastWeek.sales.actual).toBe(1200);
    // Month to date (11-01…29): 3000 + 9999 (Saturday 11-21) + 1000 by 王伟, 500 + 200 by 李娜.
    expect(east.monthToDate.sales.actual).toBe(14699);
    // Month-to-date target: 王伟 4200 + 李娜 2100 (Q4 prorated), time progress 20 of 21 days.
    expect(east.monthToDate.sales.target).toBeCloseTo(6300, 9);
    expect(east.monthToDate.sales.timeProgress).toBeCloseTo(20 / 21, 12);
  });

  it("counts last week's visits and plan adherence", () => {
    // Planned 王伟 C1 (done) and C7 (not done).
    expect(region("华东")).toMatchObject({ visits: 2, planAdherence: 0.5 });
    expect(region("华北")).toMatchObject({ visits: 0, planAdherence: null });
  });

  it("lists open severe market items by region (reporter's region when Region is blank), oldest first", () => {
    expect(region("华东").openSevereMarketItems.map((i) => [i.row, i.status])).toEqual([
      [14, "open"],
      [10, "open"],
    ]);
    expect(region("华北").openSevereMarketItems.map((i) => i.row)).toEqual([13]);
  });

  it("lists complaints with no Closed on, by the salesperson's region, else the customer's", () => {
    expect(region("华东").openComplaints.map((i) => [i.row, i.description])).toEqual([[20, "=HYPERLINK()"]]);
    expect(region("华北").openComplaints.map((i) => i.row)).toEqual([22]);
  });

  it("counts plan and report rows left unsigned more than 2 working days", () => {
    // 华东: 7 report rows of 王伟/李娜 dated before W48 (the undated one is not counted), 李娜 11-24,
    // and 王伟's plan for 11-25 — the signed rows are not overdue.
    expect(region("华东").overdueSignOffs).toBe(9);
    // 华北: 张强 11-06 and 陈晨 11-09; 张强's plan for 12-01 is 1 working day old.
    expect(region("华北").overdueSignOffs).toBe(2);
  });

  it("a Monday row is overdue on Thursday, not on Wednesday", () => {
    expect(isSignOffOverdue(plain, d("2026-11-23"), d("2026-11-25"), 2)).toBe(false);
    expect(isSignOffOverdue(plain, d("2026-11-23"), d("2026-11-26"), 2)).toBe(true);
  });
});
