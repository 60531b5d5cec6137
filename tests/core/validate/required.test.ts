import { requiredRule } from "../../../src/core/validate/required";
import { book, d, dailyReport, marketReport, resetRowNumbers, target, visitPlan } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

describe("E01 required field empty", () => {
  it("E01 flags a visit plan row without its salesperson", () => {
    const plan = visitPlan({ row: 5, date: d("2026-11-26"), customer: "华联超市", purpose: "order" });
    expect(cells(runRule(requiredRule, book({ ...team(), visitPlan: [plan] })), "E01")).toEqual([
      [5, "salesperson"],
    ]);
  });

  it("E01 flags a target without its target value and metric", () => {
    const row = target({ row: 3, period: "2026", region: "华东" });
    expect(cells(runRule(requiredRule, book({ ...team(), targets: [row] })), "E01")).toEqual([
      [3, "metric"],
      [3, "target"],
    ]);
  });

  it("E01 does not flag a row whose required fields are all filled", () => {
    const row = marketReport({
      date: d("2026-11-20"),
      reporter: "王伟",
      category: "competitorPromotion",
      description: "竞品买二送一",
      severity: "normal",
      status: "open",
    });
    expect(runRule(requiredRule, book({ ...team(), marketReport: [row] }))).toEqual([]);
  });

  it("E01 does not fire again on a cell the reader already reported as unreadable", () => {
    const row = dailyReport({ row: 9, salesperson: "王伟", unreadable: ["date"] });
    expect(cells(runRule(requiredRule, book({ ...team(), dailyReport: [row] })), "E01")).toEqual([]);
  });

  it("E01 ignores a completely blank row at the end of a table", () => {
    const blank = dailyReport({ attendance: null });
    expect(runRule(requiredRule, book({ dailyReport: [blank] }))).toEqual([]);
  });

  it("E01 flags a visit on a working day with no purpose", () => {
    const visit = dailyReport({ row: 4, date: d("2026-11-26"), salesperson: "王伟", customer: "华联超市" });
    const findings = runRule(requiredRule, book({ ...team(), dailyReport: [visit] }));
    expect(cells(findings, "E01")).toEqual([[4, "purpose"]]);
    expect(findings[0].messageKey).toBe("finding.E01.visitPurpose");
  });

  it("E01 needs no purpose on a leave day without a customer", () => {
    const leave = dailyReport({ date: d("2026-11-26"), salesperson: "王伟", attendance: "leave" });
    expect(runRule(requiredRule, book({ ...team(), dailyReport: [leave] }))).toEqual([]);
  });
});
