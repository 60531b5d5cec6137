import { missedVisitRule, unplannedVisitRule, visitOnLeaveRule } from "../../../src/core/validate/visits";
import { book, d, dailyReport, resetRowNumbers, visitPlan } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const plan = (date: string, customer: string, over: Parameters<typeof visitPlan>[0] = {}) =>
  visitPlan({ date: d(date), salesperson: "王伟", customer, purpose: "order", ...over });
const visit = (date: string, customer: string | null, over: Parameters<typeof dailyReport>[0] = {}) =>
  dailyReport({ date: d(date), salesperson: "王伟", customer, purpose: customer ? "order" : null, ...over });

describe("W01 unplanned visit", () => {
  it("W01 flags a report row whose customer is not in that salesperson's plan for that day", () => {
    const plans = [plan("2026-11-26", "华联超市")];
    const rows = [visit("2026-11-26", "华联超市"), visit("2026-11-26", "北方商贸", { row: 9 })];
    const findings = runRule(unplannedVisitRule, book({ ...team(), visitPlan: plans, dailyReport: rows }));
    expect(cells(findings, "W01")).toEqual([[9, "customer"]]);
    expect(findings[0].args).toEqual({ salesperson: "王伟", date: "2026-11-26" });
  });

  it("W01 flags a visit planned for another day or by another salesperson", () => {
    const plans = [plan("2026-11-25", "华联超市"), plan("2026-11-26", "北方商贸", { salesperson: "李娜" })];
    const rows = [visit("2026-11-26", "华联超市", { row: 4 }), visit("2026-11-26", "北方商贸", { row: 5 })];
    expect(
      cells(runRule(unplannedVisitRule, book({ ...team(), visitPlan: plans, dailyReport: rows })), "W01"),
    ).toEqual([
      [4, "customer"],
      [5, "customer"],
    ]);
  });

  it("W01 matches plan and report by entry, whether named by ID or name", () => {
    const plans = [plan("2026-11-26", "C001", { salesperson: "S001" })];
    expect(
      runRule(
        unplannedVisitRule,
        book({ ...team(), visitPlan: plans, dailyReport: [visit("2026-11-26", "华联超市")] }),
      ),
    ).toEqual([]);
  });

  it("W01 does not apply to a row without a customer (a day on leave)", () => {
    expect(
      runRule(
        unplannedVisitRule,
        book({ ...team(), dailyReport: [visit("2026-11-26", null, { attendance: "leave" })] }),
      ),
    ).toEqual([]);
  });
});

describe("W02 missed visit", () => {
  it("W02 flags a planned visit with no report", () => {
    const plans = [plan("2026-11-26", "华联超市", { row: 3 }), plan("2026-11-26", "北方商贸", { row: 4 })];
    const findings = runRule(
      missedVisitRule,
      book({ ...team(), visitPlan: plans, dailyReport: [visit("2026-11-26", "华联超市")] }),
    );
    expect(cells(findings, "W02")).toEqual([[4, "customer"]]);
    expect(findings[0].args).toEqual({ salesperson: "王伟", date: "2026-11-26" });
  });

  it("W02 does not flag a visit planned for today or later: it can still happen", () => {
    const plans = [plan("2026-11-27", "华联超市"), plan("2026-11-30", "华联超市")];
    expect(runRule(missedVisitRule, book({ ...team(), visitPlan: plans }))).toEqual([]);
  });
});

describe("W06 visits recorded on a day marked Leave/Absent", () => {
  it("W06 flags a visit on a day the same salesperson is on leave, naming the leave row", () => {
    const rows = [
      visit("2026-11-26", null, { row: 2, attendance: "leave" }),
      visit("2026-11-26", "华联超市", { row: 3 }),
    ];
    const findings = runRule(visitOnLeaveRule, book({ ...team(), dailyReport: rows }));
    expect(cells(findings, "W06")).toEqual([[3, "customer"]]);
    expect(findings[0].args).toMatchObject({ offRow: 2 });
  });

  it("W06 flags a row marked Absent that also records a customer", () => {
    const rows = [visit("2026-11-26", "华联超市", { row: 5, attendance: "absent" })];
    expect(cells(runRule(visitOnLeaveRule, book({ ...team(), dailyReport: rows })), "W06")).toEqual([
      [5, "customer"],
    ]);
  });

  it("W06 does not flag another salesperson's visits or another day's", () => {
    const rows = [
      visit("2026-11-26", null, { attendance: "leave" }),
      visit("2026-11-26", "华联超市", { salesperson: "李娜" }),
      visit("2026-11-25", "华联超市"),
      visit("2026-11-24", "华联超市", { attendance: "businessTrip" }),
    ];
    expect(runRule(visitOnLeaveRule, book({ ...team(), dailyReport: rows }))).toEqual([]);
  });
});
