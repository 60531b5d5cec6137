import { buildMasterIndex } from "../../../src/core/lists";
import { createResolver } from "../../../src/core/metrics";
import type { TargetRow } from "../../../src/core/model";
import type { MetricKey } from "../../../src/core/model";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { type ResolvedTarget, indexTargets } from "../../../src/core/targets";
import { book, calendarDay, d, salesperson, target } from "../../support/rows";

const team = [
  salesperson({ id: "S001", name: "王伟", region: "华东" }),
  salesperson({ id: "S002", name: "李娜", region: "华东" }),
];

interface Lookup {
  salesperson(name: string, metric: MetricKey, view: ReturnType<typeof p>): number | null;
  region(name: string, metric: MetricKey, view: ReturnType<typeof p>): number | null;
  resolve(name: string, view: ReturnType<typeof p>): ResolvedTarget<TargetRow> | null;
}

function targetsOf(rows: TargetRow[], calendarRows = [calendarDay()]): Lookup {
  const b = book({ salespeople: team, targets: rows });
  const index = indexTargets(b, createResolver(b, buildMasterIndex(b)), buildCalendar(calendarRows));
  return {
    salesperson: (name, metric, view) => index.resolve("salesperson", name, metric, view)?.value ?? null,
    region: (name, metric, view) => index.resolve("region", name, metric, view)?.value ?? null,
    resolve: (name, view) => index.resolve("salesperson", name, "sales", view),
  };
}

const p = (text: string) => parsePeriod(text)!;
const sales = (period: string, value: number, who: string | null = "王伟") =>
  target({ period, salesperson: who, region: "华东", metric: "sales", target: value });

describe("target resolution (SPEC §1.2)", () => {
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

  it("uses the finest target that covers the view: a week across months with only November's target takes the year's", () => {
    const t = targetsOf([sales("2026-11", 21000), sales("2026", 261000)]);
    // 2026 has 261 working days (1000 a day); 2026-W49 has 5 of them. November alone covers only Monday 11-30.
    expect(t.salesperson("王伟", "sales", p("2026-W49"))).toBeCloseTo(5000, 9);
  });

  it("splits a view no target covers along the finest periods, and each part takes its finest covering target", () => {
    // A year: January–March from the quarter, April–December from the months.
    const t = targetsOf([
      sales("2026-Q1", 3000),
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => sales(`2026-${m}`, 100)),
    ]);
    expect(t.resolve("王伟", p("2026"))).toMatchObject({ value: 3900, partial: false });
    // A quarter over months and a week of November: the finest overlapping periods are weeks, so the
    // week's days take the week's target and the rest of November its share (16 of 21 working days);
    // the month view is covered by November itself.
    const q = targetsOf([
      sales("2026-10", 100),
      sales("2026-11", 100),
      sales("2026-12", 100),
      sales("2026-W45", 7),
    ]);
    expect(q.salesperson("王伟", "sales", p("2026-Q4"))).toBeCloseTo(100 + 7 + (100 * 16) / 21 + 100, 9);
    expect(q.salesperson("王伟", "sales", p("2026-11"))).toBeCloseTo(100, 9);
  });

  it("gives each row used its factor and each period text one term, duplicates counting twice", () => {
    const t = targetsOf([
      sales("2026-11", 21000),
      sales("2026-12", 23000),
      sales("2026-12", 1000),
      sales("2026-w50", 9),
    ]);
    const resolved = t.resolve("王伟", p("2026-W49"))!;
    // 2026-W49: Monday 11-30 (1 of November's 21 working days) and 12-01…04 (4 of December's 23).
    expect(resolved.terms).toEqual([
      { periodText: "2026-11", factor: 1 / 21 },
      { periodText: "2026-12", factor: 4 / 23 },
    ]);
    expect(resolved.rows.map((r) => r.target)).toEqual([21000, 23000, 1000]);
    expect(resolved.factors).toEqual([1 / 21, 4 / 23, 4 / 23]);
    expect(resolved.value).toBeCloseTo(1000 + 4000 + 4000 / 23, 9);
  });

  it("marks a target partial where some working days have none, and has none where nothing overlaps", () => {
    const t = targetsOf([sales("2026-10", 100), sales("2026-11", 200)]);
    expect(t.resolve("王伟", p("2026-Q4"))).toMatchObject({ value: 300, partial: true });
    expect(t.resolve("王伟", p("2026-11"))).toMatchObject({ value: 200, partial: false });
    expect(t.resolve("王伟", p("2026-12"))).toBeNull();
    // A week from 11-30 to 12-06 takes November's Monday and is partial for the rest.
    expect(t.resolve("王伟", p("2026-W49"))).toMatchObject({ value: 200 / 21, partial: true });
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
    expect(t.resolve("王伟", p("2026"))).toMatchObject({ value: 300, partial: true });
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
