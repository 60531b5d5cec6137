import { findingStrings } from "../../../src/core/i18n/findings";
import { describeFinding, formatNumber } from "../../../src/core/validate/describe";
import type { Finding } from "../../../src/core/validate/finding";
import {
  book,
  complaint,
  customer,
  d,
  dailyReport,
  lostCustomer,
  marketReport,
  product,
  resetRowNumbers,
  survey,
  target,
  visitPlan,
} from "../../support/rows";
import { runAll, team } from "./harness";

beforeEach(() => resetRowNumbers());

const READER_REASONS = ["date", "time", "number", "negative", "whole", "yesNo", "errorValue"] as const;

/** The reader's findings, as src/core/read makes them (args: the column key, and the value for some). */
function readerFindings(): Finding[] {
  const e02 = READER_REASONS.map((reason): Finding => ({
    code: "E02",
    severity: "error",
    table: "DailyReport",
    row: 2,
    column: "orderAmount",
    value: "#N/A",
    messageKey: `finding.E02.${reason}`,
    args: { column: "orderAmount", value: "#N/A" },
    suggestion: null,
  }));
  const e03: Finding = {
    code: "E03",
    severity: "error",
    table: "DailyReport",
    row: 2,
    column: "attendance",
    value: "在岗",
    messageKey: "finding.E03.enum",
    args: { column: "attendance", value: "在岗" },
    suggestion: null,
  };
  return [...e02, e03];
}

/** A book that breaks every rule of SPEC §2 at least once (today is 2026-11-27). */
function everyProblem() {
  const visit = (over: Parameters<typeof dailyReport>[0]) =>
    dailyReport({
      date: d("2026-11-24"),
      salesperson: "王伟",
      customer: "华联超市",
      purpose: "order",
      ...over,
    });
  const sales = (period: string, value: number, over: Parameters<typeof target>[0] = {}) =>
    target({ period, region: "华东", metric: "sales", target: value, ...over });
  const people = team();
  const quiet = (name: string, since: string | null) =>
    customer({
      name,
      type: "outlet",
      region: "华东",
      status: "active",
      since: since === null ? null : d(since),
    });
  const signed = { approvedBy: "赵", purpose: "order" as const };
  return book({
    ...people,
    customers: [
      ...people.customers, // 北方商贸: never visited, no Since (W10 never); 老客户: churned, no loss row (W12)
      quiet("沉默甲", "2026-09-01"), // W10 visitSince
      quiet("沉默乙", "2026-01-05"), // W10 visit
      quiet("沉默丙", "2026-08-01"), // W10 orderSince
      quiet("沉默丁", "2026-01-05"), // W10 order
      quiet("流失客户", "2026-01-05"), // W11, W12 stillActive
    ],
    satisfaction: [survey({ date: d("2026-11-20"), customer: "华联超市", overall: 6 })], // E09
    lostCustomers: [
      lostCustomer({ lostOn: d("2026-10-01"), customer: "流失客户", reason: "price", status: "open" }),
    ],
    products: [...people.products, product({ code: "P2", name: "亏本货", unitPrice: 1, unitCost: 5 })],
    targets: [
      sales("2026年11月", 1), // E06 with a suggestion
      sales("someday", 1), // E06
      sales("2026", 1000000), // W05 salespeople
      sales("2026", 400000, { salesperson: "王伟" }),
      sales("2026", 400000, { salesperson: "王伟" }), // E04
      sales("2026-Q4", 300, { salesperson: "李娜", product: "矿泉水" }), // W05 months
      sales("2026-10", 100, { salesperson: "李娜", product: "矿泉水" }),
      sales("2027", 10, { salesperson: "李娜", product: "矿泉水" }), // W05 quarters
      sales("2027-Q1", 5, { salesperson: "李娜", product: "矿泉水" }),
      sales("2027", 1, { salesperson: "张强", region: "华北" }), // W08 salesperson
    ],
    visitPlan: [
      visitPlan({ date: d("2026-11-24"), salesperson: "王伟", customer: "北方商贸", purpose: "order" }), // W02, W03, W04
      visitPlan({ date: d("2026-11-24"), salesperson: "王伟", customer: "华联超市", purpose: "order" }),
      visitPlan({ date: d("2026-11-24"), salesperson: null, customer: "老客户", purpose: "order" }), // E01, W08 customer
    ],
    dailyReport: [
      visit({ purpose: null }), // E01 visitPurpose, W03
      visit({ customer: "华联超巿", approvedBy: "赵" }), // E03 closest, W01
      visit({ customer: "Zebediah Q", approvedBy: "赵" }), // E03
      visit({ customer: "c001", approvedBy: "赵" }), // E03 variant (an ID in another case)
      visit({ date: d("2026-11-30"), approvedBy: "赵" }), // E05
      visit({ orderAmount: 100, grossMargin: 500, approvedBy: "赵" }), // W07
      visit({ salesperson: "李娜", customer: null, attendance: "leave", approvedBy: "赵" }),
      visit({ salesperson: "李娜", approvedBy: "赵" }), // W06
      visit({ date: d("2026-10-01"), customer: "沉默乙", ...signed }),
      visit({ date: d("2026-11-20"), customer: "沉默丙", ...signed }),
      visit({ date: d("2026-11-20"), customer: "沉默丁", ...signed }),
      visit({ date: d("2026-09-01"), customer: "沉默丁", orderAmount: 500, ...signed }),
    ],
    marketReport: [
      marketReport({
        date: d("2026-11-20"),
        reporter: "王伟",
        category: "competitorPromotion",
        description: "竞品降价",
        severity: "severe",
        affectsSales: true, // E07
        status: "closed",
        closedOn: d("2026-11-19"), // E08
      }),
    ],
    complaints: [
      complaint({
        received: d("2026-11-20"),
        customer: "华联超市",
        type: "quality",
        description: "破损",
        severity: "normal",
        closedOn: d("2026-11-18"), // E08
      }),
    ],
  });
}

const PLACEHOLDERS = /\{(\w+)\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDERS)].map((m) => m[1]).sort();

describe("finding messages in Chinese and English", () => {
  it("every finding key has an English and a Chinese text with the same placeholders", () => {
    for (const [key, text] of Object.entries(findingStrings)) {
      expect([key, text.en.trim().length > 0, text.zh.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(text.zh)]).toEqual([key, placeholders(text.en)]);
    }
  });

  it("has a message for every code E01…E09 and W01…W13", () => {
    const codes = [...Array(9)]
      .map((_, i) => `E0${i + 1}`)
      .concat([...Array(13)].map((_, i) => `W${String(i + 1).padStart(2, "0")}`));
    for (const code of codes) expect(Object.keys(findingStrings)).toContain(`finding.${code}`);
  });

  it("describes every finding a book breaking every rule produces, in both languages, and uses every detail message", () => {
    const findings = runAll(everyProblem(), { readFindings: readerFindings() });
    const used = new Set(findings.map((f) => f.messageKey));
    // The plain keys of codes that always come with a detail are titles, not produced as messages.
    const titlesOnly = ["finding.E02", "finding.W05", "finding.W08", "finding.W10", "finding.W12"];
    const expected = Object.keys(findingStrings).filter((key) => !titlesOnly.includes(key));
    expect([...used].sort()).toEqual(expected.sort());
    for (const f of findings) {
      for (const lang of ["en", "zh"] as const) expect(describeFinding(lang, f)).not.toMatch(PLACEHOLDERS);
    }
    expect(new Set(findings.map((f) => f.code)).size).toBe(22);
  });

  it("names the column by its header in the message language", () => {
    const missing = runAll(
      book({
        ...team(),
        visitPlan: [visitPlan({ date: d("2026-11-30"), customer: "华联超市", purpose: "order" })],
      }),
    ).find((f) => f.code === "E01") as Finding;
    expect(describeFinding("zh", missing)).toBe("销售员为空，请填写。");
    expect(describeFinding("en", missing)).toBe("Salesperson is empty. Fill it in.");
  });

  it("shows dates as ISO text, amounts with thousands separators and the suggestion", () => {
    const findings = runAll(everyProblem(), { readFindings: [] });
    const closedEarly = findings.find((f) => f.code === "E08" && f.table === "Complaints") as Finding;
    expect(describeFinding("en", closedEarly)).toBe(
      "Closed on 2026-11-18 is before Received 2026-11-20. Correct one of the dates.",
    );
    expect(describeFinding("zh", closedEarly)).toBe(
      "结案日期 2026-11-18 早于受理日期 2026-11-20，请改正日期。",
    );
    const region = findings.find((f) => f.messageKey === "finding.W05.salespeople") as Finding;
    expect(describeFinding("en", region)).toContain("add up to 800,000, the region's target is 1,000,000");
    const typo = findings.find((f) => f.messageKey === "finding.E03.closest") as Finding;
    expect(describeFinding("zh", typo)).toBe("客户：“华联超巿”不在基础资料中。是否应为“华联超市”？");
  });

  it("E04 names the key columns in the message language", () => {
    const e04 = runAll(everyProblem()).find((f) => f.code === "E04") as Finding;
    expect(describeFinding("en", e04)).toContain(
      "Same Period + Salesperson + Dealer + Region + Product + Metric as row",
    );
    expect(describeFinding("zh", e04)).toContain("期间＋销售员＋经销商＋区域＋产品＋指标");
  });
});

describe("values in messages", () => {
  it("shows a date cell the reader could not read as the number typed, not as a date", () => {
    const odd = (value: number): Finding => ({
      code: "E02",
      severity: "error",
      table: "DailyReport",
      row: 2,
      column: "date",
      value,
      messageKey: "finding.E02.date",
      args: { column: "date" },
      suggestion: null,
    });
    expect(describeFinding("en", odd(-5))).toBe("Date: “-5” is not a date. Type it like 2026-11-27.");
    expect(describeFinding("en", odd(45000.5))).toContain("“45,000.5”");
    expect(describeFinding("en", odd(46353))).toContain("“2026-11-27”");
  });
});

describe("formatNumber", () => {
  it("groups thousands and keeps at most two decimals", () => {
    expect([1234567.891, 1000, 0.5, -2500.1, 12, -0.001].map(formatNumber)).toEqual([
      "1,234,567.89",
      "1,000",
      "0.5",
      "-2,500.1",
      "12",
      "0",
    ]);
  });

  it("shows numbers too large for decimals as JavaScript writes them, rather than failing", () => {
    expect([1e21, -2e22, Infinity].map(formatNumber)).toEqual(["1e+21", "-2e+22", "Infinity"]);
  });
});
