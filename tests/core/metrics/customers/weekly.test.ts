import { buildMasterIndex } from "../../../../src/core/lists";
import { buildWeeklyReport } from "../../../../src/core/metrics";
import { buildCalendar } from "../../../../src/core/periods";
import { d } from "../../../support/rows";
import { customersBook } from "./fixture";

function weekly(customerThresholds = {}) {
  const book = customersBook();
  return buildWeeklyReport({
    book,
    index: buildMasterIndex(book),
    calendar: buildCalendar([]),
    asOf: d("2026-11-23"), // Monday: last week is 11-16 … 11-22
    signOffOverdueDays: 2,
    customerThresholds,
  });
}

describe("Weekly report customer lines (SPEC §8.5)", () => {
  it("lists the customers won and lost last week per region", () => {
    // 戊's first order ever is 11-20; 庚 was lost on 11-16. Nobody is silent (甲 visited 11-17, 6 days),
    // and 庚 is 7 days lost (≤ 14): not yet overdue for an interview.
    const [east] = weekly().regions;
    expect(east.region).toBe("华东");
    expect(east.customers).toEqual({ won: ["戊"], lost: ["庚"], silentA: [], notInterviewed: [] });
  });

  it("lists silent A customers and lost customers not interviewed by the workbook's thresholds", () => {
    // With 3 silent days 甲 (class A, 6 days since 11-17) is silent; with 5 interview days 庚 (7) is overdue.
    const [east] = weekly({ silentVisitDays: 3, interviewDays: 5 }).regions;
    expect(east.customers?.silentA).toEqual(["甲"]);
    expect(east.customers?.notInterviewed).toEqual(["庚"]);
  });
});
