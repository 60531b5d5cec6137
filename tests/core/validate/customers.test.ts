import { describeFinding } from "../../../src/core/validate/describe";
import {
  masterListRule,
  notInterviewedRule,
  silentCustomerRule,
  underVisitedRule,
} from "../../../src/core/validate/customers";
import { duplicateKeyRule } from "../../../src/core/validate/keys";
import { listRule } from "../../../src/core/validate/lists";
import { requiredRule } from "../../../src/core/validate/required";
import type { DailyReportRow } from "../../../src/core/model";
import { book, customer, d, dailyReport, lostCustomer, resetRowNumbers, survey } from "../../support/rows";
import { cells, runRule, team, TODAY } from "./harness";

beforeEach(() => resetRowNumbers());

// TODAY is Friday 2026-11-27.
const active = (name: string, since = "2026-01-05", row?: number) =>
  customer({ name, type: "outlet", region: "华东", owner: "王伟", status: "active", since: d(since), row });
const visit = (customerName: string, date: string, orderAmount: number | null = null): DailyReportRow =>
  dailyReport({
    date: d(date),
    salesperson: "王伟",
    attendance: "present",
    customer: customerName,
    purpose: "order",
    orderAmount,
  });

describe("W10 silent customer: an Active customer with no visit for more than 30 days, or no order for more than 60 days", () => {
  it("W10 flags 31 days without a visit but not 30", () => {
    const customers = [active("三十一天", "2026-01-05", 2), active("三十天", "2026-01-05", 3)];
    const reports = [visit("三十一天", "2026-10-27", 100), visit("三十天", "2026-10-28", 100)];
    const findings = runRule(silentCustomerRule, book({ ...team(), customers, dailyReport: reports }));
    expect(cells(findings, "W10")).toEqual([[2, "name"]]);
    expect(findings[0].args).toEqual({ name: "三十一天", days: 31, allowed: 30, last: "2026-10-27" });
    expect(describeFinding("zh", findings[0])).toBe(
      "隐性沉默客户：三十一天已 31 天未拜访（最近拜访 2026-10-27，限 30 天），请安排拜访或电话联系。",
    );
  });

  it("W10 flags a customer visited every week that has not ordered for 61 days", () => {
    const customers = [active("只拜访不订货", "2026-01-05", 2)];
    const reports = [visit("只拜访不订货", "2026-09-27", 800), visit("只拜访不订货", "2026-11-20")];
    const findings = runRule(silentCustomerRule, book({ ...team(), customers, dailyReport: reports }));
    expect(findings.map((f) => [f.messageKey, f.args.days])).toEqual([["finding.W10.order", 61]]);
  });

  it("W10 counts a customer never visited from Since, and ignores Prospects, Churned and lost customers", () => {
    const customers = [
      active("新客户", "2026-11-01", 2), // 26 days: not yet
      active("老不拜访", "2026-10-01", 3), // 57 days, never visited
      customer({ name: "潜在", status: "prospect", since: d("2026-01-05") }),
      customer({ name: "流失", status: "churned", since: d("2026-01-05") }),
      active("已流失未改", "2026-01-05", 6),
    ];
    const lostCustomers = [
      lostCustomer({ lostOn: d("2026-09-01"), customer: "已流失未改", reason: "price" }),
    ];
    const findings = runRule(silentCustomerRule, book({ ...team(), customers, lostCustomers }));
    expect(findings.map((f) => [f.row, f.messageKey, f.args.days])).toEqual([
      [3, "finding.W10.visitSince", 57],
    ]);
  });

  it("W10 takes the thresholds the workbook sets", () => {
    const customers = [active("常客", "2026-01-05", 2)];
    const reports = [visit("常客", "2026-11-10", 100)];
    const findings = runRule(silentCustomerRule, book({ ...team(), customers, dailyReport: reports }), {
      customerThresholds: { silentVisitDays: 14 },
    });
    expect(findings.map((f) => [f.args.days, f.args.allowed])).toEqual([[17, 14]]);
  });
});

describe("W11 a lost customer not interviewed 14 days after Lost on", () => {
  it("W11 flags 15 days without Interviewed on, not 14, and not an interviewed or won-back one", () => {
    const rows = [
      lostCustomer({ row: 2, lostOn: d("2026-11-12"), customer: "甲", reason: "price" }), // 15 days
      lostCustomer({ row: 3, lostOn: d("2026-11-13"), customer: "乙", reason: "price" }), // 14 days
      lostCustomer({ row: 4, lostOn: d("2026-10-01"), customer: "丙", interviewedOn: d("2026-10-05") }),
      lostCustomer({ row: 5, lostOn: d("2026-10-01"), customer: "丁", wonBackOn: d("2026-10-20") }),
    ];
    const findings = runRule(notInterviewedRule, book({ ...team(), lostCustomers: rows }));
    expect(cells(findings, "W11")).toEqual([[2, "interviewedOn"]]);
    expect(describeFinding("en", findings[0])).toBe(
      "甲 was lost on 2026-11-12, 15 days ago, and has not been interviewed (allowed 14 days). Ask them why they left and fill in Interviewed on.",
    );
  });
});

describe("W12 master list out of date", () => {
  it("W12 flags a lost customer still Active (not won back), and a Churned customer with no LostCustomers row", () => {
    const customers = [
      active("仍合作中", "2026-01-05", 2),
      active("已挽回", "2026-01-05", 3),
      customer({ row: 4, name: "无记录流失", status: "churned" }),
      customer({ row: 5, name: "有记录流失", status: "churned" }),
    ];
    const lostCustomers = [
      lostCustomer({ lostOn: d("2026-11-02"), customer: "仍合作中", reason: "price" }),
      lostCustomer({ lostOn: d("2026-10-02"), customer: "已挽回", wonBackOn: d("2026-11-02") }),
      lostCustomer({ lostOn: d("2026-10-02"), customer: "有记录流失", reason: "service" }),
    ];
    const findings = runRule(masterListRule, book({ ...team(), customers, lostCustomers }));
    expect(findings.map((f) => [f.row, f.column, f.messageKey])).toEqual([
      [2, "status", "finding.W12.stillActive"],
      [4, "status", "finding.W12.noLossRecord"],
    ]);
    expect(describeFinding("zh", findings[0])).toBe(
      "仍合作中已于 2026-11-02 流失（跳槽顾客表），但此处仍为合作中，请将状态改为流失，或填写挽回日期。",
    );
  });
});

describe("W13 under-visited: an A, B or C customer visited less often than its class norm", () => {
  it("W13 flags an A customer visited 3 times in the 20 working days before today (norm 4), not a C visited once", () => {
    // 大客户 sells 9,000 of 10,000 in the trailing 12 months: class A (norm 4); 小店 1,000: class B (norm 2)?
    // Running totals: 大客户 0 before → A; 小店 9,000 before (90 % ≥ 80 %, < 95 %) → B; 零售 10,000 → C.
    const customers = [
      active("大客户", "2026-01-05", 2),
      active("小店", "2026-01-05", 3),
      active("零售", "2026-01-05", 4),
    ];
    const reports = [
      visit("大客户", "2026-11-02", 9000),
      visit("大客户", "2026-11-09"),
      visit("大客户", "2026-11-16"),
      visit("小店", "2026-11-03", 1000),
      visit("小店", "2026-11-17"),
      visit("零售", "2026-11-18"),
    ];
    const findings = runRule(underVisitedRule, book({ ...team(), customers, dailyReport: reports }));
    expect(findings.map((f) => [f.row, f.args.class, f.args.visits, f.args.norm])).toEqual([[2, "A", 3, 4]]);
    expect(describeFinding("zh", findings[0])).toBe(
      "大客户为 A 类客户，近 20 个工作日仅拜访 3 次（标准 4 次），请增加拜访。",
    );
  });

  it("W13 leaves alone a customer created within the 20 working days and one visited on today only", () => {
    const customers = [active("新开", "2026-11-20", 2)];
    const findings = runRule(
      underVisitedRule,
      book({ ...team(), customers, dailyReport: [visit("新开", "2026-11-20", 50)] }),
    );
    expect(findings).toEqual([]);
    expect(TODAY).toBe(d("2026-11-27"));
  });
});

describe("E01, E03, E04 on the customer-management templates", () => {
  it("E01 flags a survey without its Overall score and a lost customer without its reason", () => {
    const parts = {
      ...team(),
      satisfaction: [survey({ row: 2, date: d("2026-11-20"), customer: "华联超市" })],
      lostCustomers: [
        lostCustomer({ row: 3, lostOn: d("2026-11-20"), customer: "华联超市", status: "open" }),
      ],
    };
    const findings = runRule(requiredRule, book(parts));
    expect(findings.map((f) => [f.table, f.row, f.column])).toEqual([
      ["Satisfaction", 2, "overall"],
      ["LostCustomers", 3, "reason"],
    ]);
  });

  it("E03 suggests the closest customer for a survey of 华联超巿, but takes Owner as free text", () => {
    const parts = {
      ...team(),
      satisfaction: [survey({ row: 2, date: d("2026-11-20"), customer: "华联超巿", overall: 4 })],
      lostCustomers: [
        lostCustomer({ row: 2, lostOn: d("2026-11-20"), customer: "华联超市", owner: "不在名单的人" }),
      ],
    };
    const findings = runRule(listRule, book(parts));
    expect(findings.map((f) => [f.table, f.column, f.suggestion])).toEqual([
      ["Satisfaction", "customer", "华联超市"],
    ]);
  });

  it("E04 flags the same customer's survey typed twice on one day and a loss recorded twice", () => {
    const parts = {
      ...team(),
      satisfaction: [
        survey({ row: 2, date: d("2026-11-20"), customer: "华联超市", overall: 4 }),
        survey({ row: 3, date: d("2026-11-20"), customer: "C001", overall: 5 }),
      ],
      lostCustomers: [
        lostCustomer({ row: 2, lostOn: d("2026-11-20"), customer: "北方商贸" }),
        lostCustomer({ row: 3, lostOn: d("2026-11-20"), customer: "北方商贸" }),
      ],
    };
    const findings = runRule(duplicateKeyRule, book(parts));
    expect(findings.map((f) => [f.table, f.row, f.args.firstRow])).toEqual([
      ["Satisfaction", 3, 2],
      ["LostCustomers", 3, 2],
    ]);
  });
});
