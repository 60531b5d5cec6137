/**
 * Row builders for tests that speak the domain: `dailyReport({ salesperson: "王伟", orderAmount: 1200 })`.
 * Every field not given is empty (null); `row` counts up from 2 (the first data row under a header in row 1)
 * unless given.
 */
import type {
  CalendarRow,
  ComplaintRow,
  CustomerRow,
  DailyReportRow,
  LostCustomerRow,
  MarketReportRow,
  ProductRow,
  SalesBook,
  SatisfactionRow,
  SalespersonRow,
  TargetRow,
  VisitPlanRow,
} from "../../src/core/model";
import { dayFromIso } from "./day";

let nextRow = 2;

/** Restart automatic row numbers (call in beforeEach when row numbers matter). */
export function resetRowNumbers(start = 2): void {
  nextRow = start;
}

type Input<T> = Partial<Omit<T, "unreadable">> & { unreadable?: Iterable<string> };

function build<T>(empty: Omit<T, "row" | "unreadable">, input: Input<T>): T {
  const { unreadable, ...rest } = input as Input<T> & Record<string, unknown>;
  return {
    ...empty,
    row: nextRow++,
    ...rest,
    unreadable: new Set(unreadable ?? []),
  } as unknown as T;
}

/** `"2026-11-27"` → Day; lets tests write dates as ISO text. */
export const d = dayFromIso;

export const salesperson = (input: Input<SalespersonRow> = {}): SalespersonRow =>
  build<SalespersonRow>(
    { id: null, name: null, region: null, office: null, supervisor: null, active: true },
    input,
  );

export const customer = (input: Input<CustomerRow> = {}): CustomerRow =>
  build<CustomerRow>(
    { id: null, name: null, type: "outlet", region: null, owner: null, since: null, status: "active" },
    input,
  );

export const product = (input: Input<ProductRow> = {}): ProductRow =>
  build<ProductRow>({ code: null, name: null, category: null, unitPrice: null, unitCost: null }, input);

export const calendarDay = (input: Input<CalendarRow> = {}): CalendarRow =>
  build<CalendarRow>({ date: null, kind: null, note: null }, input);

export const target = (input: Input<TargetRow> = {}): TargetRow =>
  build<TargetRow>(
    {
      period: null,
      salesperson: null,
      dealer: null,
      region: null,
      product: null,
      metric: null,
      target: null,
    },
    input,
  );

export const visitPlan = (input: Input<VisitPlanRow> = {}): VisitPlanRow =>
  build<VisitPlanRow>(
    {
      date: null,
      salesperson: null,
      customer: null,
      area: null,
      time: null,
      purpose: null,
      objective: null,
      approvedBy: null,
      approvedOn: null,
    },
    input,
  );

export const dailyReport = (input: Input<DailyReportRow> = {}): DailyReportRow =>
  build<DailyReportRow>(
    {
      date: null,
      salesperson: null,
      attendance: "present",
      customer: null,
      purpose: null,
      result: null,
      product: null,
      orderAmount: null,
      grossMargin: null,
      collection: null,
      newOutlet: null,
      complaintHandled: null,
      expense: null,
      competitorInfo: null,
      customerFeedback: null,
      customerNews: null,
      insight: null,
      approvedBy: null,
      comment: null,
    },
    input,
  );

export const marketReport = (input: Input<MarketReportRow> = {}): MarketReportRow =>
  build<MarketReportRow>(
    {
      date: null,
      reporter: null,
      region: null,
      customer: null,
      category: null,
      product: null,
      competitor: null,
      description: null,
      severity: null,
      affectsSales: null,
      action: null,
      escalatedTo: null,
      status: null,
      closedOn: null,
    },
    input,
  );

export const complaint = (input: Input<ComplaintRow> = {}): ComplaintRow =>
  build<ComplaintRow>(
    {
      received: null,
      customer: null,
      salesperson: null,
      product: null,
      type: null,
      description: null,
      severity: null,
      handler: null,
      action: null,
      closedOn: null,
      customerSatisfied: null,
    },
    input,
  );

export const survey = (input: Input<SatisfactionRow> = {}): SatisfactionRow =>
  build<SatisfactionRow>(
    {
      date: null,
      customer: null,
      salesperson: null,
      channel: null,
      productQuality: null,
      delivery: null,
      service: null,
      price: null,
      overall: null,
      recommend: null,
      comments: null,
    },
    input,
  );

export const lostCustomer = (input: Input<LostCustomerRow> = {}): LostCustomerRow =>
  build<LostCustomerRow>(
    {
      lostOn: null,
      customer: null,
      salesperson: null,
      reason: null,
      competitor: null,
      interviewedOn: null,
      whatTheySaid: null,
      improvement: null,
      owner: null,
      status: null,
      wonBackOn: null,
    },
    input,
  );

/** An empty book with the given tables filled. */
export function book(parts: Partial<SalesBook> = {}): SalesBook {
  return {
    salespeople: [],
    customers: [],
    products: [],
    calendar: [],
    targets: [],
    visitPlan: [],
    dailyReport: [],
    marketReport: [],
    complaints: [],
    satisfaction: [],
    lostCustomers: [],
    ...parts,
  };
}
