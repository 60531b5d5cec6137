import { notReportedRule } from "../../../src/core/validate/reporting";
import { book, calendarDay, d, dailyReport, resetRowNumbers } from "../../support/rows";
import { runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const reported = (salesperson: string, dates: string[], over: Parameters<typeof dailyReport>[0] = {}) =>
  dates.map((date) => dailyReport({ date: d(date), salesperson, ...over }));
const who = (findings: ReturnType<typeof runRule>) => findings.map((f) => [f.args.salesperson, f.args.date]);

describe("W09 not reported", () => {
  it("W09 flags an active salesperson with no daily report on a past working day", () => {
    const rows = [
      ...reported("王伟", ["2026-11-23", "2026-11-24", "2026-11-26"]),
      ...reported("李娜", ["2026-11-23", "2026-11-24", "2026-11-26"]),
      ...reported("李娜", ["2026-11-25"], { attendance: "leave" }),
    ];
    const findings = runRule(notReportedRule, book({ ...team(), dailyReport: rows }));
    expect(who(findings)).toEqual([["王伟", "2026-11-25"]]);
    expect(findings[0]).toMatchObject({ table: "DailyReport", row: null, column: null, value: "王伟" });
  });

  it("W09 lists everyone missing on a day, day by day, and never an inactive salesperson", () => {
    const rows = reported("王伟", ["2026-11-24"]);
    expect(who(runRule(notReportedRule, book({ ...team(), dailyReport: rows })))).toEqual([
      ["李娜", "2026-11-24"],
      ["王伟", "2026-11-25"],
      ["李娜", "2026-11-25"],
      ["王伟", "2026-11-26"],
      ["李娜", "2026-11-26"],
    ]);
  });

  it("W09 looks back no further than the first day of today's month, nor before the first report", () => {
    const rows = reported("王伟", ["2026-10-15"]);
    const findings = runRule(notReportedRule, book({ ...team(), dailyReport: rows }), {
      today: d("2026-11-04"),
    });
    expect(who(findings)).toEqual([
      ["王伟", "2026-11-02"],
      ["李娜", "2026-11-02"],
      ["王伟", "2026-11-03"],
      ["李娜", "2026-11-03"],
    ]);
  });

  it("W09 skips holidays and weekends but counts a make-up workday (调休)", () => {
    const calendar = [
      calendarDay({ date: d("2026-11-24"), kind: "holiday" }),
      calendarDay({ date: d("2026-11-22"), kind: "workday" }),
    ];
    const rows = reported("王伟", ["2026-11-20", "2026-11-23", "2026-11-25", "2026-11-26"]);
    const people = team();
    const findings = runRule(
      notReportedRule,
      book({ ...people, salespeople: [people.salespeople[0]], calendar, dailyReport: rows }),
    );
    expect(who(findings)).toEqual([["王伟", "2026-11-22"]]);
  });

  it("W09 makes no finding for a workbook with no daily report yet", () => {
    expect(runRule(notReportedRule, book({ ...team() }))).toEqual([]);
  });
});
