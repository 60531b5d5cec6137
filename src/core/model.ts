/**
 * Typed rows: what the reader hands to validation and metrics. Every cell has been cleaned once
 * (dates as Day serials, numbers as numbers, Y/N as booleans, enumerations as keys); an empty or
 * unreadable cell is `null` (and an unreadable one also produced an E02/E03 finding, recorded in
 * `unreadable` so that E01 does not fire twice for it).
 */
import type { Day } from "./periods/day";

/** Key of a metric (SPEC §1.2, §3). */
export type MetricKey = "sales" | "grossMargin" | "newOutlets" | "collections" | "visits";

export type PurposeKey =
  "newCustomer" | "marketResearch" | "collection" | "service" | "complaint" | "order" | "other";
export type AttendanceKey = "present" | "businessTrip" | "leave" | "absent";
export type MarketCategoryKey =
  | "consumerFeedback"
  | "competitorPromotion"
  | "competitorNewProduct"
  | "dealerComplaint"
  | "personnelChange"
  | "other";
export type SeverityKey = "normal" | "important" | "severe";
export type StatusKey = "open" | "inProgress" | "closed";
export type ComplaintTypeKey = "quality" | "delivery" | "price" | "service" | "other";
export type CustomerTypeKey = "dealer" | "outlet" | "keyAccount" | "prospect";
export type CustomerStatusKey = "active" | "prospect" | "churned";
export type CalendarKindKey = "holiday" | "workday";
export type SurveyChannelKey = "visit" | "phone" | "online" | "other";
export type LostReasonKey =
  | "price"
  | "quality"
  | "delivery"
  | "service"
  | "competitorOffer"
  | "relationship"
  | "closedOrMoved"
  | "other";

/** Common to every typed row. */
export interface RowBase {
  /** Worksheet row number as a user sees it (header row + 1 for the first data row). */
  readonly row: number;
  /** Column keys whose cell held something that could not be read (a finding was made). */
  readonly unreadable: ReadonlySet<string>;
}

export interface SalespersonRow extends RowBase {
  id: string | null;
  name: string | null;
  region: string | null;
  office: string | null;
  supervisor: string | null;
  active: boolean | null;
}

export interface CustomerRow extends RowBase {
  id: string | null;
  name: string | null;
  type: CustomerTypeKey | null;
  region: string | null;
  owner: string | null;
  since: Day | null;
  status: CustomerStatusKey | null;
}

export interface ProductRow extends RowBase {
  code: string | null;
  name: string | null;
  category: string | null;
  unitPrice: number | null;
  unitCost: number | null;
}

export interface CalendarRow extends RowBase {
  date: Day | null;
  kind: CalendarKindKey | null;
  note: string | null;
}

export interface TargetRow extends RowBase {
  period: string | null;
  salesperson: string | null;
  dealer: string | null;
  region: string | null;
  product: string | null;
  metric: MetricKey | null;
  target: number | null;
}

export interface VisitPlanRow extends RowBase {
  date: Day | null;
  salesperson: string | null;
  customer: string | null;
  area: string | null;
  time: string | null;
  purpose: PurposeKey | null;
  objective: string | null;
  approvedBy: string | null;
  approvedOn: Day | null;
}

export interface DailyReportRow extends RowBase {
  date: Day | null;
  salesperson: string | null;
  attendance: AttendanceKey | null;
  customer: string | null;
  purpose: PurposeKey | null;
  result: string | null;
  product: string | null;
  orderAmount: number | null;
  grossMargin: number | null;
  collection: number | null;
  newOutlet: boolean | null;
  complaintHandled: string | null;
  expense: number | null;
  competitorInfo: string | null;
  customerFeedback: string | null;
  customerNews: string | null;
  insight: string | null;
  approvedBy: string | null;
  comment: string | null;
}

export interface MarketReportRow extends RowBase {
  date: Day | null;
  reporter: string | null;
  region: string | null;
  customer: string | null;
  category: MarketCategoryKey | null;
  product: string | null;
  competitor: string | null;
  description: string | null;
  severity: SeverityKey | null;
  affectsSales: boolean | null;
  action: string | null;
  escalatedTo: string | null;
  status: StatusKey | null;
  closedOn: Day | null;
}

export interface ComplaintRow extends RowBase {
  received: Day | null;
  customer: string | null;
  salesperson: string | null;
  product: string | null;
  type: ComplaintTypeKey | null;
  description: string | null;
  severity: SeverityKey | null;
  handler: string | null;
  action: string | null;
  closedOn: Day | null;
  customerSatisfied: boolean | null;
}

/** One customer satisfaction survey (SPEC §8.1). Scores are as typed; E09 judges their scale. */
export interface SatisfactionRow extends RowBase {
  date: Day | null;
  customer: string | null;
  salesperson: string | null;
  channel: SurveyChannelKey | null;
  productQuality: number | null;
  delivery: number | null;
  service: number | null;
  price: number | null;
  overall: number | null;
  recommend: number | null;
  comments: string | null;
}

/** One customer who left, and what was done about it (SPEC §8.2). */
export interface LostCustomerRow extends RowBase {
  lostOn: Day | null;
  customer: string | null;
  salesperson: string | null;
  reason: LostReasonKey | null;
  competitor: string | null;
  interviewedOn: Day | null;
  whatTheySaid: string | null;
  improvement: string | null;
  /** Free text: the person who follows up, not a list reference (SPEC §8.4). */
  owner: string | null;
  status: StatusKey | null;
  wonBackOn: Day | null;
}

/** The typed row of each template table, by table name. */
export interface RowOf {
  Salespeople: SalespersonRow;
  Customers: CustomerRow;
  Products: ProductRow;
  Calendar: CalendarRow;
  Targets: TargetRow;
  VisitPlan: VisitPlanRow;
  DailyReport: DailyReportRow;
  MarketReport: MarketReportRow;
  Complaints: ComplaintRow;
  Satisfaction: SatisfactionRow;
  LostCustomers: LostCustomerRow;
}

/** Every template table, read. A table that is absent from the workbook is an empty array. */
export interface SalesBook {
  salespeople: SalespersonRow[];
  customers: CustomerRow[];
  products: ProductRow[];
  calendar: CalendarRow[];
  targets: TargetRow[];
  visitPlan: VisitPlanRow[];
  dailyReport: DailyReportRow[];
  marketReport: MarketReportRow[];
  complaints: ComplaintRow[];
  satisfaction: SatisfactionRow[];
  lostCustomers: LostCustomerRow[];
}
