import { signOffRule } from "../../../src/core/validate/signoff";
import { book, calendarDay, d, dailyReport, resetRowNumbers, visitPlan } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

// Today is Friday 2026-11-27; two working days are allowed.
const report = (date: string, over: Parameters<typeof dailyReport>[0] = {}) =>
  dailyReport({ date: d(date), salesperson: "王伟", customer: "华联超市", purpose: "order", ...over });

describe("W03 sign-off overdue", () => {
  it("W03 flags a report row older than 2 working days with no Approved by", () => {
    const findings = runRule(
      signOffRule,
      book({ ...team(), dailyReport: [report("2026-11-24", { row: 6 })] }),
    );
    expect(cells(findings, "W03")).toEqual([[6, "approvedBy"]]);
    expect(findings[0].args).toEqual({ date: "2026-11-24", days: 3, allowed: 2 });
  });

  it("W03 allows 2 working days: a report from Wednesday is not overdue on Friday", () => {
    expect(runRule(signOffRule, book({ ...team(), dailyReport: [report("2026-11-25")] }))).toEqual([]);
  });

  it("W03 does not flag a signed-off row", () => {
    expect(
      runRule(
        signOffRule,
        book({ ...team(), dailyReport: [report("2026-11-02", { approvedBy: "赵主任" })] }),
      ),
    ).toEqual([]);
  });

  it("W03 counts working days: a holiday in between gives one more day", () => {
    const holiday = calendarDay({ date: d("2026-11-26"), kind: "holiday" });
    expect(
      runRule(signOffRule, book({ ...team(), calendar: [holiday], dailyReport: [report("2026-11-24")] })),
    ).toEqual([]);
  });

  it("W03 flags a visit plan row not signed off, with the allowance configurable", () => {
    const plan = visitPlan({
      row: 4,
      date: d("2026-11-25"),
      salesperson: "王伟",
      customer: "华联超市",
      purpose: "order",
    });
    const book1 = book({ ...team(), visitPlan: [plan] });
    expect(cells(runRule(signOffRule, book1, { signOffOverdueDays: 1 }), "W03")).toEqual([[4, "approvedBy"]]);
    expect(runRule(signOffRule, book1, { signOffOverdueDays: 2 })).toEqual([]);
  });
});
