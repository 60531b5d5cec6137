import { duplicateKeyRule } from "../../../src/core/validate/keys";
import { book, d, resetRowNumbers, salesperson, target, visitPlan } from "../../support/rows";
import { runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const sales2026 = (over: Parameters<typeof target>[0] = {}) =>
  target({ period: "2026", region: "华东", salesperson: "王伟", metric: "sales", target: 1000, ...over });

describe("E04 duplicate key", () => {
  it("E04 flags a second target for the same period, salesperson, region, product and metric", () => {
    const findings = runRule(
      duplicateKeyRule,
      book({ ...team(), targets: [sales2026({ row: 2 }), sales2026({ row: 3 })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ code: "E04", table: "Targets", row: 3, args: { firstRow: 2 } }),
    ]);
  });

  it("E04 reports every repeat after the first, each naming the first row", () => {
    const rows = [sales2026({ row: 2 }), sales2026({ row: 3 }), sales2026({ row: 4 })];
    const findings = runRule(duplicateKeyRule, book({ ...team(), targets: rows }));
    expect(findings.map((f) => [f.row, f.args.firstRow])).toEqual([
      [3, 2],
      [4, 2],
    ]);
  });

  it("E04 treats an ID, a full-width variant and a lower-case period as the same key", () => {
    const rows = [
      sales2026({ row: 2, period: "2026-W48" }),
      sales2026({ row: 3, period: "2026-w48", salesperson: "S001" }),
    ];
    expect(runRule(duplicateKeyRule, book({ ...team(), targets: rows })).map((f) => f.row)).toEqual([3]);
  });

  it("E04 does not flag targets that differ in metric or product", () => {
    const rows = [sales2026(), sales2026({ metric: "collections" }), sales2026({ product: "矿泉水" })];
    expect(runRule(duplicateKeyRule, book({ ...team(), targets: rows }))).toEqual([]);
  });

  it("E04 flags the same planned visit (date, salesperson, customer, time) twice", () => {
    const plan = (row: number, time: string | null) =>
      visitPlan({
        row,
        date: d("2026-11-30"),
        salesperson: "王伟",
        customer: "华联超市",
        time,
        purpose: "order",
      });
    const findings = runRule(
      duplicateKeyRule,
      book({ ...team(), visitPlan: [plan(2, "09:00"), plan(3, "14:00"), plan(4, "09:00")] }),
    );
    expect(findings.map((f) => [f.row, f.args.firstRow])).toEqual([[4, 2]]);
  });

  it("E04 flags two salespeople with the same ID", () => {
    const people = [
      salesperson({ row: 2, id: "S001", name: "王伟" }),
      salesperson({ row: 3, id: "s001 ", name: "王小伟" }),
    ];
    expect(runRule(duplicateKeyRule, book({ salespeople: people })).map((f) => f.row)).toEqual([3]);
  });

  it("E04 leaves rows with an empty required key part to E01", () => {
    const plan = () => visitPlan({ date: null, salesperson: "王伟", customer: "华联超市", purpose: "order" });
    expect(runRule(duplicateKeyRule, book({ ...team(), visitPlan: [plan(), plan()] }))).toEqual([]);
  });
});
