import { marginRule } from "../../../src/core/validate/margin";
import { book, d, dailyReport, product, resetRowNumbers } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const order = (orderAmount: number | null, grossMargin: number | null, row?: number) =>
  dailyReport({
    row,
    date: d("2026-11-26"),
    salesperson: "王伟",
    customer: "华联超市",
    product: "矿泉水",
    orderAmount,
    grossMargin,
  });

describe("W07 implausible margin", () => {
  it("W07 flags a margin above the order amount", () => {
    const findings = runRule(marginRule, book({ ...team(), dailyReport: [order(1000, 1200, 4)] }));
    expect(cells(findings, "W07")).toEqual([[4, "grossMargin"]]);
    expect(findings[0].args).toEqual({ orderAmount: 1000 });
  });

  it("W07 flags a loss of more than 100 % of the order", () => {
    expect(cells(runRule(marginRule, book({ dailyReport: [order(1000, -1000.01, 3)] })), "W07")).toEqual([
      [3, "grossMargin"],
    ]);
  });

  it("W07 accepts margins from a total loss to the whole order, and a blank margin", () => {
    const rows = [
      order(1000, -1000),
      order(1000, 1000),
      order(1000, 250),
      order(1000, null),
      order(null, 30),
    ];
    expect(runRule(marginRule, book({ dailyReport: rows }))).toEqual([]);
  });

  it("W07 flags a product whose unit cost is over twice its price, since every computed margin loses over 100 %", () => {
    const bad = product({ row: 5, code: "P9", name: "亏本货", unitPrice: 10, unitCost: 25 });
    const findings = runRule(
      marginRule,
      book({ products: [bad, product({ name: "正常货", unitPrice: 10, unitCost: 20 })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        table: "Products",
        row: 5,
        column: "unitCost",
        messageKey: "finding.W07.product",
      }),
    ]);
  });
});
