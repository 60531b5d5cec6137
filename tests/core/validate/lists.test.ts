import { inactiveRule, listRule, regionRule } from "../../../src/core/validate/lists";
import * as rows from "../../support/rows";
import {
  book,
  customer,
  d,
  dailyReport,
  lostCustomer,
  resetRowNumbers,
  target,
  visitPlan,
} from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const visit = (over: Parameters<typeof dailyReport>[0]) =>
  dailyReport({
    date: d("2026-11-26"),
    salesperson: "王伟",
    customer: "华联超市",
    purpose: "order",
    ...over,
  });

describe("E03 value not in its list", () => {
  it("E03 flags a customer that is not in the list and suggests the closest entry", () => {
    const findings = runRule(
      listRule,
      book({ ...team(), dailyReport: [visit({ row: 7, customer: "华联超巿" })] }),
    );
    expect(cells(findings, "E03")).toEqual([[7, "customer"]]);
    expect(findings[0]).toMatchObject({
      messageKey: "finding.E03.closest",
      suggestion: "华联超市",
      value: "华联超巿",
    });
  });

  it("E03 flags a name nothing resembles without a suggestion", () => {
    const findings = runRule(
      listRule,
      book({ ...team(), dailyReport: [visit({ row: 7, salesperson: "Zebediah Q" })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "E03",
        column: "salesperson",
        messageKey: "finding.E03",
        suggestion: null,
      }),
    ]);
  });

  it("E03 treats a full-width or case variant as the entry, with the canonical name as suggestion", () => {
    const people = team();
    people.products[0] = { ...people.products[0], name: "Water 500ml" };
    const findings = runRule(
      listRule,
      book({ ...people, dailyReport: [visit({ row: 8, product: "ＷＡＴＥＲ 500ml" })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "E03",
        row: 8,
        column: "product",
        messageKey: "finding.E03.variant",
        suggestion: "Water 500ml",
      }),
    ]);
  });

  it("E03 accepts an ID typed instead of a name, with no finding (SPEC §1.1)", () => {
    const people = team();
    const ids = {
      salesperson: people.salespeople[0].id!,
      customer: people.customers[0].id!,
      product: people.products[0].code!,
    };
    expect(Object.values(ids).every((id) => id !== "")).toBe(true);
    expect(runRule(listRule, book({ ...people, dailyReport: [visit(ids)] }))).toEqual([]);
    // A case variant of an ID is still read as that entry, with the name to type instead.
    const lower = runRule(
      listRule,
      book({ ...people, dailyReport: [visit({ salesperson: ids.salesperson.toLowerCase() })] }),
    );
    expect(lower).toEqual([
      expect.objectContaining({ messageKey: "finding.E03.variant", suggestion: "王伟" }),
    ]);
  });

  it("E03 suggests the region that the typed text contains (Eastern → East)", () => {
    const people = team();
    const english = (region: string | null) => (region === "华东" ? "East" : "North");
    people.salespeople = people.salespeople.map((p) => ({ ...p, region: english(p.region) }));
    people.customers = people.customers.map((c) => ({ ...c, region: english(c.region) }));
    const row = target({ row: 5, period: "2026", region: "Eastern", metric: "sales", target: 1 });
    expect(runRule(listRule, book({ ...people, targets: [row] }))).toEqual([
      expect.objectContaining({ code: "E03", row: 5, column: "region", suggestion: "East" }),
    ]);
  });

  it("E03 accepts names exactly as the lists write them", () => {
    expect(runRule(listRule, book({ ...team(), dailyReport: [visit({ product: "矿泉水" })] }))).toEqual([]);
  });

  it("E03 flags a region that no salesperson belongs to", () => {
    const row = target({ row: 4, period: "2026", region: "西南", metric: "sales", target: 1 });
    expect(cells(runRule(listRule, book({ ...team(), targets: [row] })), "E03")).toEqual([[4, "region"]]);
  });

  it("E03 flags a dealer target for a customer that is not a dealer", () => {
    const row = target({ period: "2026", region: "华东", dealer: "华联超市", metric: "sales", target: 1 });
    expect(cells(runRule(listRule, book({ ...team(), targets: [row] })), "E03")).toEqual([
      [row.row, "dealer"],
    ]);
  });
});

describe("W04 customer's region differs from the salesperson's", () => {
  it("W04 flags a report row for a customer in another region", () => {
    const findings = runRule(
      regionRule,
      book({ ...team(), dailyReport: [visit({ row: 6, customer: "北方商贸" })] }),
    );
    expect(cells(findings, "W04")).toEqual([[6, "customer"]]);
    expect(findings[0].args).toMatchObject({ customerRegion: "华北", salespersonRegion: "华东" });
  });

  it("W04 flags a planned visit to a customer in another region, even when named by ID", () => {
    const plan = visitPlan({
      row: 3,
      date: d("2026-11-30"),
      salesperson: "S001",
      customer: "C002",
      purpose: "order",
    });
    expect(cells(runRule(regionRule, book({ ...team(), visitPlan: [plan] })), "W04")).toEqual([
      [3, "customer"],
    ]);
  });

  it("W04 does not flag a customer in the salesperson's region, nor a customer without a region", () => {
    const people = team();
    people.customers.push(customer({ id: "C009", name: "无区域客户", region: null }));
    const rows = [visit({}), visit({ customer: "无区域客户" })];
    expect(runRule(regionRule, book({ ...people, dailyReport: rows }))).toEqual([]);
  });
});

describe("W08 inactive salesperson or churned customer used", () => {
  it("W08 flags a report by a salesperson who is no longer active", () => {
    const findings = runRule(
      inactiveRule,
      book({ ...team(), dailyReport: [visit({ row: 5, salesperson: "张强" })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "W08",
        row: 5,
        column: "salesperson",
        messageKey: "finding.W08.salesperson",
      }),
    ]);
  });

  it("W08 flags a planned visit to a churned customer", () => {
    const plan = visitPlan({
      row: 9,
      date: d("2026-11-30"),
      salesperson: "王伟",
      customer: "C003",
      purpose: "order",
    });
    const findings = runRule(inactiveRule, book({ ...team(), visitPlan: [plan] }));
    expect(findings).toEqual([
      expect.objectContaining({ row: 9, column: "customer", messageKey: "finding.W08.customer" }),
    ]);
  });

  it("W08 leaves a churned customer alone in Lost Customers, where it belongs (SPEC §8.2)", () => {
    const loss = lostCustomer({ row: 4, lostOn: d("2026-10-01"), customer: "老客户", reason: "price" });
    const survey = rows.survey({ row: 5, date: d("2026-09-01"), customer: "老客户", overall: 2 });
    const findings = runRule(
      inactiveRule,
      book({ ...team(), lostCustomers: [loss], satisfaction: [survey] }),
    );
    expect(findings.map((f) => [f.table, f.row])).toEqual([["Satisfaction", 5]]);
  });

  it("W08 flags a target of an inactive salesperson only while its period runs", () => {
    const current = target({
      row: 2,
      period: "2026-12",
      salesperson: "张强",
      region: "华北",
      metric: "sales",
      target: 1,
    });
    const past = target({
      row: 3,
      period: "2026-10",
      salesperson: "张强",
      region: "华北",
      metric: "sales",
      target: 1,
    });
    expect(cells(runRule(inactiveRule, book({ ...team(), targets: [current, past] })), "W08")).toEqual([
      [2, "salesperson"],
    ]);
  });

  it("W08 does not flag active salespeople and active customers", () => {
    expect(runRule(inactiveRule, book({ ...team(), dailyReport: [visit({})] }))).toEqual([]);
  });
});
