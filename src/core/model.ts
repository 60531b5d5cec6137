/**
 * Typed rows: what the reader hands to validation and metrics. Every cell has been cleaned once
 * (dates as Day serials, numbers as numbers, Y/N as booleans, enumerations as keys); an empty or
 * unreadable cell is `null` (and an unreadable one also produced an E02/E03 finding, recorded in
 * `unreadable` so that E01 does not fire twice for it).
 */
import type { Day } from "./periods/day";
import type { ColumnDef, TableDef, TableDefOf, TableName } from "./schema/types";

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

/** The key type of each built-in enumeration: what an `enum` column reads as. */
interface EnumKeys {
  purpose: PurposeKey;
  attendance: AttendanceKey;
  marketCategory: MarketCategoryKey;
  severity: SeverityKey;
  status: StatusKey;
  complaintType: ComplaintTypeKey;
  customerType: CustomerTypeKey;
  customerStatus: CustomerStatusKey;
  calendarKind: CalendarKindKey;
  metric: MetricKey;
  surveyChannel: SurveyChannelKey;
  lostReason: LostReasonKey;
}

/** What a cell of each column type reads as (see `ColumnType`). */
interface ValueOfType {
  text: string;
  date: Day;
  time: string;
  number: number;
  money: number;
  count: number;
  yesNo: boolean;
  listRef: string;
  period: string;
  score: number;
}

/** What a cell of column `C` reads as: an enumeration's keys, or its column type's value. */
type ValueOf<C extends ColumnDef> =
  C extends ColumnDef<string, "enum", infer E> ? EnumKeys[E] : ValueOfType[Exclude<C["type"], "enum">];

/** The typed row of a table definition: one field per column, null where the cell is empty or unreadable. */
export type RowFrom<D extends TableDef<string>> = RowBase & {
  -readonly [C in D["columns"][number] as C["key"]]: ValueOf<C> | null;
};

/** The typed row of each template table, by table name, derived from `schema/tables.ts`. */
export type RowOf = { [N in TableName]: RowFrom<TableDefOf<N>> };

export type SalespersonRow = RowOf["Salespeople"];
export type CustomerRow = RowOf["Customers"];
export type ProductRow = RowOf["Products"];
export type CalendarRow = RowOf["Calendar"];
export type TargetRow = RowOf["Targets"];
export type VisitPlanRow = RowOf["VisitPlan"];
export type DailyReportRow = RowOf["DailyReport"];
export type MarketReportRow = RowOf["MarketReport"];
export type ComplaintRow = RowOf["Complaints"];
/** One customer satisfaction survey (SPEC §8.1). Scores are as typed; E09 judges their scale. */
export type SatisfactionRow = RowOf["Satisfaction"];
/** One customer who left, and what was done about it (SPEC §8.2). */
export type LostCustomerRow = RowOf["LostCustomers"];

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
