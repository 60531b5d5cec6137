import { decompositionRule } from "../../../src/core/validate/decomposition";
import { periodRule, suggestPeriod } from "../../../src/core/validate/periods";
import { book, resetRowNumbers, target } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const sales = (period: string, value: number, over: Parameters<typeof target>[0] = {}) =>
  target({ period, region: "华东", metric: "sales", target: value, ...over });

describe("E06 malformed target period", () => {
  it("E06 flags a period that is not a year, quarter, month or ISO week", () => {
    const rows = [
      sales("2026-13", 1, { row: 2 }),
      sales("Q4", 1, { row: 3 }),
      sales("2025-W53", 1, { row: 4 }),
    ];
    expect(cells(runRule(periodRule, book({ ...team(), targets: rows })), "E06")).toEqual([
      [2, "period"],
      [3, "period"],
      [4, "period"],
    ]);
  });

  it("E06 suggests the canonical form of a period typed the way people write it", () => {
    const findings = runRule(periodRule, book({ targets: [sales("2026年11月", 1)] }));
    expect(findings).toEqual([
      expect.objectContaining({ messageKey: "finding.E06.suggest", suggestion: "2026-11" }),
    ]);
    expect(
      ["2026/11", "2026.3", "2026年第4季度", "2026Q4", "2026 第48周", "2026W5", "2026年"].map(suggestPeriod),
    ).toEqual(["2026-11", "2026-03", "2026-Q4", "2026-Q4", "2026-W48", "2026-W05", "2026"]);
    expect(["2026/13", "26-11", "2026-Q5", "next year"].map(suggestPeriod)).toEqual([null, null, null, null]);
  });

  it("E06 accepts 2026, 2026-Q4, 2026-11 and 2026-W48", () => {
    const rows = ["2026", "2026-Q4", "2026-11", "2026-W48"].map((p) => sales(p, 1));
    expect(runRule(periodRule, book({ targets: rows }))).toEqual([]);
  });
});

describe("W05 decomposition mismatch", () => {
  it("W05 flags a region target its salespeople's targets do not add up to, showing both sums", () => {
    const rows = [
      sales("2026", 1000, { row: 2 }),
      sales("2026", 600, { salesperson: "王伟" }),
      sales("2026", 300, { salesperson: "李娜" }),
    ];
    const findings = runRule(decompositionRule, book({ ...team(), targets: rows }));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "W05",
        row: 2,
        column: "target",
        messageKey: "finding.W05.salespeople",
        args: { period: "2026", region: "华东", parentSum: 1000, childrenSum: 900 },
      }),
    ]);
  });

  it("W05 accepts salespeople's targets that add up to the region's, to the cent", () => {
    const rows = [
      sales("2026-11", 100),
      sales("2026-11", 33.33, { salesperson: "王伟" }),
      sales("2026-11", 33.33, { salesperson: "S002" }),
      sales("2026-11", 33.34, { salesperson: "李娜" }),
    ];
    expect(runRule(decompositionRule, book({ ...team(), targets: rows }))).toEqual([]);
  });

  it("W05 counts a salesperson in the region the Salespeople list gives, as the Scorecard does", () => {
    // 张强 is in 华北 whatever the row says: 华东's line sums 王伟 alone.
    const rows = [
      sales("2026-11", 100, { row: 2 }),
      sales("2026-11", 60, { salesperson: "王伟" }),
      sales("2026-11", 40, { salesperson: "张强" }),
    ];
    expect(runRule(decompositionRule, book({ ...team(), targets: rows }))).toEqual([
      expect.objectContaining({ row: 2, args: expect.objectContaining({ parentSum: 100, childrenSum: 60 }) }),
    ]);
  });

  it("W05 compares only targets of the same metric and product", () => {
    const rows = [sales("2026", 1000), sales("2026", 1000, { salesperson: "王伟", product: "矿泉水" })];
    expect(runRule(decompositionRule, book({ ...team(), targets: rows }))).toEqual([]);
  });

  it("W05 flags a quarter its months do not add up to", () => {
    const mine = { salesperson: "王伟" };
    const rows = [
      sales("2026-Q4", 300, { ...mine, row: 2 }),
      sales("2026-10", 100, mine),
      sales("2026-11", 100, mine),
      sales("2026-12", 50, mine),
    ];
    const findings = runRule(decompositionRule, book({ ...team(), targets: rows }));
    expect(findings).toEqual([
      expect.objectContaining({
        row: 2,
        messageKey: "finding.W05.months",
        args: expect.objectContaining({ parentSum: 300, childrenSum: 250 }),
      }),
    ]);
  });

  it("W05 flags a year its quarters do not add up to, and a year its months do not add up to when it has no quarters", () => {
    const rows = [
      sales("2026", 1200, { row: 2, salesperson: "王伟" }),
      ...[1, 2, 3, 4].map((q) => sales(`2026-Q${q}`, 250, { salesperson: "王伟" })),
      sales("2026", 130, { row: 7, salesperson: "李娜" }),
      ...Array.from({ length: 12 }, (_, m) => sales(`2026-${m + 1}`, 10, { salesperson: "李娜" })),
    ];
    const findings = runRule(decompositionRule, book({ ...team(), targets: rows }));
    expect(findings.map((f) => [f.row, f.messageKey, f.args.childrenSum])).toEqual([
      [2, "finding.W05.quarters", 1000],
      [7, "finding.W05.months", 120],
    ]);
  });

  it("W05 does not require weeks to add up to their month", () => {
    const rows = [
      sales("2026-11", 1000, { salesperson: "王伟" }),
      sales("2026-W48", 5, { salesperson: "王伟" }),
    ];
    expect(runRule(decompositionRule, book({ ...team(), targets: rows }))).toEqual([]);
  });
});
