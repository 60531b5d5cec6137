import { buildMasterIndex } from "../../../src/core/lists";
import { createResolver, indexTargets, kindsToTry } from "../../../src/core/metrics";
import type { TargetBook } from "../../../src/core/metrics";
import type { TargetRow } from "../../../src/core/model";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { book, calendarDay, d, salesperson, target } from "../../support/rows";

const team = [
  salesperson({ id: "S001", name: "王伟", region: "华东" }),
  salesperson({ id: "S002", name: "李娜", region: "华东" }),
];

function targetsOf(rows: TargetRow[], calendarRows = [calendarDay()]): TargetBook {
  const b = book({ salespeople: team, targets: rows });
  return indexTargets(b, createResolver(b, buildMasterIndex(b)), buildCalendar(calendarRows));
}

const p = (text: string) => parsePeriod(text)!;
const sales = (period: string, value: number, who: string | null = "王伟") =>
  target({ period, salesperson: who, region: "华东", metric: "sales", target: value });

describe("target resolution (SPEC §1.2)", () => {
  it("tries the view's kind, then coarser kinds, then finer ones", () => {
    expect(kindsToTry("month")).toEqual(["month", "quarter", "year", "week"]);
    expect(kindsToTry("year")).toEqual(["year", "quarter", "month", "week"]);
    expect(kindsToTry("week")).toEqual(["week", "month", "quarter", "year"]);
  });

  it("uses the finest target that covers the period: a monthly one over the yearly one", () => {
    const t = targetsOf([sales("2026", 120000), sales("2026-Q4", 33000), sales("2026-11", 21000)]);
    expect(t.salesperson("王伟", "sales", p("2026-11"))).toBe(21000);
    // A year view with a yearly target uses it, not the sum of whatever months exist.
    expect(t.salesperson("王伟", "sales", p("2026"))).toBe(120000);
  });

  it("prorates a monthly target to a week by working days, and a week across months takes a share of each", () => {
    const t = targetsOf([sales("2026-11", 21000), sales("2026-12", 23000)]);
    // 2026-W48 holds 5 of November's 21 working days.
    expect(t.salesperson("王伟", "sales", p("2026-W48"))).toBeCloseTo(5000, 9);
    // 2026-W49: Monday 11-30 (1 of 21) and 12-01…04 (4 of December's 23).
    expect(t.salesperson("王伟", "sales", p("2026-W49"))).toBeCloseTo(1000 + 4000, 9);
  });

  it("passes over a kind that does not cover the view: a week across months with only November's target uses the year's", () => {
    const t = targetsOf([sales("2026-11", 21000), sales("2026", 261000)]);
    // 2026 has 261 working days (1000 a day); 2026-W49 has 5 of them. November alone covers only Monday 11-30.
    expect(t.salesperson("王伟", "sales", p("2026-W49"))).toBeCloseTo(5000, 9);
  });

  it("prorates with holidays and 调休: National Day leaves October 18 working days", () => {
    const holidays = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((date) =>
      calendarDay({ date: d(date), kind: "holiday" }),
    );
    const t = targetsOf(
      [sales("2026-10", 18000)],
      [...holidays, calendarDay({ date: d("2026-10-10"), kind: "workday" })],
    );
    // 2026-W41 (10-05…11): 10-08, 09 and the make-up Saturday 10-10 → 3 of 18.
    expect(t.salesperson("王伟", "sales", p("2026-W41"))).toBeCloseTo(3000, 9);
  });

  it("sums monthly targets for a quarter that has no quarterly target", () => {
    const t = targetsOf([
      sales("2026-10", 1),
      sales("2026-11", 20),
      sales("2026-12", 300),
      sales("2027-01", 4000),
    ]);
    expect(t.salesperson("王伟", "sales", p("2026-Q4"))).toBe(321);
  });

  it("uses the targets it has when none covers the whole view (a salesperson who joined in March)", () => {
    const t = targetsOf([sales("2026-03", 100), sales("2026-04", 200)]);
    expect(t.salesperson("王伟", "sales", p("2026"))).toBe(300);
  });

  it("has no target where none overlaps, and keeps people, regions and metrics apart", () => {
    const t = targetsOf([
      sales("2026-11", 21000),
      target({ period: "2026-11", region: "华东", metric: "sales", target: 50000 }),
      target({ period: "2026-11", salesperson: "S002", metric: "visits", target: 80 }),
    ]);
    expect(t.salesperson("王伟", "sales", p("2026-10"))).toBeNull();
    expect(t.salesperson("王伟", "visits", p("2026-11"))).toBeNull();
    expect(t.salesperson("李娜", "visits", p("2026-11"))).toBe(80); // typed as the ID S002
    expect(t.region("华东", "sales", p("2026-11"))).toBe(50000);
  });

  it("ignores product and dealer targets, malformed periods and unknown salespeople", () => {
    const t = targetsOf([
      target({ period: "2026-11", salesperson: "王伟", product: "A", metric: "sales", target: 1 }),
      target({ period: "2026-11", salesperson: "王伟", dealer: "D1", metric: "sales", target: 2 }),
      target({ period: "2026-13", salesperson: "王伟", metric: "sales", target: 4 }),
      target({ period: "2026-11", salesperson: "Nobody", metric: "sales", target: 8 }),
    ]);
    expect(t.salesperson("王伟", "sales", p("2026-11"))).toBeNull();
    expect(t.salesperson("Nobody", "sales", p("2026-11"))).toBeNull();
  });
});
