import { closeBeforeOpenRule, futureDateRule } from "../../../src/core/validate/dates";
import {
  book,
  complaint,
  d,
  dailyReport,
  lostCustomer,
  marketReport,
  resetRowNumbers,
  survey,
  visitPlan,
} from "../../support/rows";
import { cells, runRule, team, TODAY } from "./harness";

beforeEach(() => resetRowNumbers());

describe("E05 a report or market item dated in the future", () => {
  it("E05 flags a daily report dated tomorrow", () => {
    const row = dailyReport({ row: 4, date: d("2026-11-28"), salesperson: "王伟", attendance: "present" });
    const findings = runRule(futureDateRule, book({ ...team(), dailyReport: [row] }), { today: TODAY });
    expect(cells(findings, "E05")).toEqual([[4, "date"]]);
    expect(findings[0].args).toEqual({ today: "2026-11-27" });
  });

  it("E05 flags a market item and a complaint dated after today, and a close date after today", () => {
    const item = marketReport({ row: 2, date: d("2026-12-01"), closedOn: d("2026-12-02") });
    const received = complaint({ row: 3, received: d("2026-12-25") });
    const findings = runRule(futureDateRule, book({ marketReport: [item], complaints: [received] }));
    expect(findings.map((f) => [f.table, f.row, f.column])).toEqual([
      ["MarketReport", 2, "date"],
      ["MarketReport", 2, "closedOn"],
      ["Complaints", 3, "received"],
    ]);
  });

  it("E05 accepts a report dated today and a visit planned for next week", () => {
    const today = dailyReport({ date: TODAY, salesperson: "王伟" });
    const plan = visitPlan({
      date: d("2026-12-03"),
      salesperson: "王伟",
      customer: "华联超市",
      purpose: "order",
    });
    expect(runRule(futureDateRule, book({ ...team(), dailyReport: [today], visitPlan: [plan] }))).toEqual([]);
  });
});

describe("E08 a close date before its open/received date", () => {
  it("E08 flags a complaint closed before it was received", () => {
    const row = complaint({ row: 6, received: d("2026-11-20"), closedOn: d("2026-11-19") });
    const findings = runRule(closeBeforeOpenRule, book({ complaints: [row] }));
    expect(cells(findings, "E08")).toEqual([[6, "closedOn"]]);
    expect(findings[0].args).toEqual({ openColumn: "received", opened: "2026-11-20" });
  });

  it("E08 flags a market item closed before its date", () => {
    const row = marketReport({ row: 2, date: d("2026-11-20"), closedOn: d("2026-11-01") });
    expect(cells(runRule(closeBeforeOpenRule, book({ marketReport: [row] })), "E08")).toEqual([
      [2, "closedOn"],
    ]);
  });

  it("E08 accepts an item closed the day it was opened, and one not closed yet", () => {
    const same = complaint({ received: d("2026-11-20"), closedOn: d("2026-11-20") });
    const open = marketReport({ date: d("2026-11-20"), closedOn: null });
    expect(runRule(closeBeforeOpenRule, book({ complaints: [same], marketReport: [open] }))).toEqual([]);
  });
});

describe("E05 and E08 on the customer-management templates (SPEC §8.3)", () => {
  it("E05 flags a survey dated tomorrow and a lost customer interviewed or won back after today", () => {
    const future = survey({ row: 3, date: d("2026-11-28"), customer: "华联超市", overall: 4 });
    const loss = lostCustomer({
      row: 5,
      lostOn: d("2026-11-20"),
      customer: "华联超市",
      interviewedOn: d("2026-12-01"),
      wonBackOn: d("2026-12-10"),
    });
    const findings = runRule(futureDateRule, book({ satisfaction: [future], lostCustomers: [loss] }));
    expect(findings.map((f) => [f.table, f.row, f.column])).toEqual([
      ["Satisfaction", 3, "date"],
      ["LostCustomers", 5, "interviewedOn"],
      ["LostCustomers", 5, "wonBackOn"],
    ]);
  });

  it("E08 flags an interview and a win-back dated before Lost on", () => {
    const loss = lostCustomer({
      row: 7,
      lostOn: d("2026-11-20"),
      customer: "华联超市",
      interviewedOn: d("2026-11-19"),
      wonBackOn: d("2026-11-02"),
    });
    const findings = runRule(closeBeforeOpenRule, book({ lostCustomers: [loss] }));
    expect(cells(findings, "E08")).toEqual([
      [7, "interviewedOn"],
      [7, "wonBackOn"],
    ]);
    expect(findings[0].args).toEqual({ openColumn: "lostOn", opened: "2026-11-20" });
  });
});
