/**
 * Every template table of SPEC §1 as data. Column keys are the English header in lowerCamelCase.
 * Adding a column is one line here; reader, validator, set-up plan and CLI all follow.
 */
import type {
  ColumnDef,
  ColumnType,
  EnumName,
  ListSource,
  ScoreScale,
  TableDef,
  TableDefOf,
  TableName,
} from "./types";
import { inputMessage } from "./inputMessages";
import { RECOMMEND_SCALE, SATISFACTION_SCALE } from "./scores";

export { RECOMMEND_SCALE, SATISFACTION_SCALE } from "./scores";

const FORMAT: Readonly<Record<ColumnType, string>> = {
  text: "@",
  date: "yyyy-mm-dd",
  time: "hh:mm",
  number: "#,##0.00",
  money: "#,##0.00",
  count: "0",
  yesNo: "@",
  enum: "@",
  listRef: "@",
  period: "@",
  score: "0",
};

interface ColumnOptions {
  readonly required?: boolean;
  readonly formerHeaders?: readonly string[];
  readonly enumName?: EnumName;
  readonly list?: ListSource;
  readonly width?: number;
  readonly scale?: ScoreScale;
}

/** The enumeration `options` name, kept literal so the row type knows the column's keys. */
type EnumOf<O> = O extends { readonly enumName: infer E extends EnumName } ? E : never;

function col<
  const K extends string,
  const T extends ColumnType,
  const O extends ColumnOptions = ColumnOptions,
>(key: K, en: string, zh: string, type: T, options: O = {} as O): ColumnDef<K, T, EnumOf<O>> {
  const required = options.required ?? false;
  const defaultWidth =
    type === "text" ? 24 : type === "date" ? 12 : type === "yesNo" || type === "score" ? 8 : 14;
  return {
    key,
    header: { en, zh },
    type,
    required,
    ...(options.formerHeaders ? { formerHeaders: options.formerHeaders } : {}),
    ...(options.enumName ? { enumName: options.enumName as EnumOf<O> } : {}),
    ...(options.list ? { list: options.list } : {}),
    ...(options.scale ? { scale: options.scale } : {}),
    format: FORMAT[type],
    width: options.width ?? defaultWidth,
    input: inputMessage(type, required, options.list, options.scale),
  };
}

const REQUIRED = { required: true } as const;

/** A table as declared, its name and columns kept literal; a unique key must name its own columns. */
function table<const N extends string, const C extends ColumnDef>(def: TableDef<N, C>): TableDef<N, C> {
  return def;
}

/**
 * Every header a column is recognised by: its English and Chinese headers and any former spelling.
 *
 * @example headerSpellings(DAILY_REPORT.columns[17]) // ["Approved by", "主管核签", "主管签核"]
 */
export function headerSpellings(column: ColumnDef): string[] {
  return [column.header.en, column.header.zh, ...(column.formerHeaders ?? [])];
}

export const SALESPEOPLE = table({
  name: "Salespeople",
  sheet: { en: "Lists", zh: "基础资料" },
  uniqueKey: ["id"],
  columns: [
    col("id", "ID", "工号", "text", { ...REQUIRED, width: 10 }),
    col("name", "Name", "姓名", "text", { ...REQUIRED, width: 12 }),
    col("region", "Region", "区域", "text", { ...REQUIRED, width: 12 }),
    col("office", "Office", "办事处", "text", { width: 12 }),
    col("supervisor", "Supervisor", "主管", "text", { width: 12 }),
    col("active", "Active", "在职", "yesNo", REQUIRED),
  ],
});

export const CUSTOMERS = table({
  name: "Customers",
  sheet: { en: "Lists", zh: "基础资料" },
  uniqueKey: ["id"],
  columns: [
    col("id", "ID", "客户编号", "text", { ...REQUIRED, width: 10 }),
    col("name", "Name", "客户名称", "text", REQUIRED),
    col("type", "Type", "类型", "enum", { ...REQUIRED, enumName: "customerType" }),
    col("region", "Region", "区域", "listRef", { list: "regions" }),
    col("owner", "Owner", "负责销售员", "listRef", { list: "salespeople" }),
    col("since", "Since", "建档日期", "date"),
    col("status", "Status", "状态", "enum", { ...REQUIRED, enumName: "customerStatus" }),
  ],
});

export const PRODUCTS = table({
  name: "Products",
  sheet: { en: "Lists", zh: "基础资料" },
  uniqueKey: ["code"],
  columns: [
    col("code", "Code", "产品编码", "text", { ...REQUIRED, width: 10 }),
    col("name", "Name", "产品名称", "text", REQUIRED),
    col("category", "Category", "品类", "text", { width: 12 }),
    col("unitPrice", "Unit price", "单价", "money", REQUIRED),
    col("unitCost", "Unit cost", "单位成本", "money"),
  ],
});

export const CALENDAR = table({
  name: "Calendar",
  sheet: { en: "Lists", zh: "基础资料" },
  uniqueKey: ["date"],
  columns: [
    col("date", "Date", "日期", "date", REQUIRED),
    col("kind", "Kind", "类型", "enum", { ...REQUIRED, enumName: "calendarKind" }),
    col("note", "Note", "说明", "text", { width: 20 }),
  ],
});

export const TARGETS = table({
  name: "Targets",
  sheet: { en: "Targets", zh: "目标分解" },
  uniqueKey: ["period", "salesperson", "dealer", "region", "product", "metric"],
  columns: [
    col("period", "Period", "期间", "period", { ...REQUIRED, width: 11 }),
    col("salesperson", "Salesperson", "销售员", "listRef", { list: "salespeople" }),
    col("dealer", "Dealer", "经销商", "listRef", { list: "dealers" }),
    col("region", "Region", "区域", "listRef", { ...REQUIRED, list: "regions" }),
    col("product", "Product", "产品", "listRef", { list: "products" }),
    col("metric", "Metric", "指标", "enum", { ...REQUIRED, enumName: "metric" }),
    col("target", "Target", "目标值", "number", REQUIRED),
  ],
});

export const VISIT_PLAN = table({
  name: "VisitPlan",
  sheet: { en: "Visit Plan", zh: "拜访计划" },
  uniqueKey: ["date", "salesperson", "customer", "time"],
  columns: [
    col("date", "Date", "日期", "date", REQUIRED),
    col("salesperson", "Salesperson", "销售员", "listRef", { ...REQUIRED, list: "salespeople" }),
    col("customer", "Customer", "客户", "listRef", { ...REQUIRED, list: "customers", width: 20 }),
    col("area", "Area", "区域", "text", { width: 12 }),
    col("time", "Time", "时间", "time", { width: 8 }),
    col("purpose", "Purpose", "拜访目的", "enum", { ...REQUIRED, enumName: "purpose" }),
    col("objective", "Objective", "具体事项", "text", { width: 30 }),
    col("approvedBy", "Approved by", "主管核签", "text", { width: 12 }),
    col("approvedOn", "Approved on", "核签日期", "date"),
  ],
});

export const DAILY_REPORT = table({
  name: "DailyReport",
  sheet: { en: "Daily Report", zh: "每日销售报告" },
  uniqueKey: [],
  columns: [
    col("date", "Date", "日期", "date", REQUIRED),
    col("salesperson", "Salesperson", "销售员", "listRef", { ...REQUIRED, list: "salespeople" }),
    col("attendance", "Attendance", "出勤", "enum", { ...REQUIRED, enumName: "attendance", width: 10 }),
    col("customer", "Customer", "客户", "listRef", { list: "customers", width: 20 }),
    col("purpose", "Purpose", "拜访目的", "enum", { enumName: "purpose" }),
    col("result", "Result", "洽谈结果", "text"),
    col("product", "Product", "产品", "listRef", { list: "products" }),
    col("orderAmount", "Order amount", "订货金额", "money"),
    col("grossMargin", "Gross margin", "毛利", "number"),
    col("collection", "Collection", "回款金额", "money"),
    col("newOutlet", "New outlet", "新增网点", "yesNo"),
    col("complaintHandled", "Complaint handled", "客诉处理", "text"),
    col("expense", "Expense", "费用", "money"),
    col("competitorInfo", "Competitor info", "竞争者信息", "text"),
    col("customerFeedback", "Customer feedback", "客户意见", "text"),
    col("customerNews", "Customer news", "客户动态", "text"),
    col("insight", "Insight", "心得", "text"),
    // Sign-off is 核签 in every template and in the pane; workbooks set up before say 主管签核 here.
    col("approvedBy", "Approved by", "主管核签", "text", { width: 12, formerHeaders: ["主管签核"] }),
    col("comment", "Comment", "批示意见", "text"),
  ],
});

export const MARKET_REPORT = table({
  name: "MarketReport",
  sheet: { en: "Market Report", zh: "市场状况反映" },
  uniqueKey: [],
  columns: [
    col("date", "Date", "日期", "date", REQUIRED),
    col("reporter", "Reporter", "反映人", "listRef", { ...REQUIRED, list: "salespeople" }),
    col("region", "Region", "区域", "listRef", { list: "regions" }),
    col("customer", "Customer", "客户", "listRef", { list: "customers", width: 20 }),
    col("category", "Category", "类别", "enum", { ...REQUIRED, enumName: "marketCategory", width: 18 }),
    col("product", "Product", "产品", "listRef", { list: "products" }),
    col("competitor", "Competitor", "竞争对手", "text", { width: 16 }),
    col("description", "Description", "情况描述", "text", { ...REQUIRED, width: 36 }),
    col("severity", "Severity", "严重程度", "enum", { ...REQUIRED, enumName: "severity", width: 10 }),
    col("affectsSales", "Affects sales", "影响销售", "yesNo"),
    col("action", "Action", "建议措施", "text"),
    col("escalatedTo", "Escalated to", "上报对象", "text", { width: 12 }),
    col("status", "Status", "状态", "enum", { ...REQUIRED, enumName: "status", width: 10 }),
    col("closedOn", "Closed on", "关闭日期", "date"),
  ],
});

export const COMPLAINTS = table({
  name: "Complaints",
  sheet: { en: "Complaints", zh: "客户投诉" },
  uniqueKey: [],
  columns: [
    col("received", "Received", "受理日期", "date", REQUIRED),
    col("customer", "Customer", "客户", "listRef", { ...REQUIRED, list: "customers", width: 20 }),
    col("salesperson", "Salesperson", "负责销售员", "listRef", { list: "salespeople" }),
    col("product", "Product", "产品", "listRef", { list: "products" }),
    col("type", "Type", "投诉类型", "enum", { ...REQUIRED, enumName: "complaintType", width: 10 }),
    col("description", "Description", "投诉内容", "text", { ...REQUIRED, width: 36 }),
    col("severity", "Severity", "严重程度", "enum", { ...REQUIRED, enumName: "severity", width: 10 }),
    col("handler", "Handler", "处理人", "text", { width: 12 }),
    col("action", "Action", "处理措施", "text"),
    col("closedOn", "Closed on", "结案日期", "date"),
    col("customerSatisfied", "Customer satisfied", "客户满意", "yesNo"),
  ],
});

const SCORE = { scale: SATISFACTION_SCALE, width: 10 } as const;

/** Customer satisfaction survey (SPEC §8.1): one row per survey, scores 1–5, Recommend 0–10. */
export const SATISFACTION = table({
  name: "Satisfaction",
  sheet: { en: "Satisfaction", zh: "客户满意度" },
  // One survey per customer and day: a second row is the same survey typed twice.
  uniqueKey: ["date", "customer"],
  columns: [
    col("date", "Date", "日期", "date", REQUIRED),
    col("customer", "Customer", "客户", "listRef", { ...REQUIRED, list: "customers", width: 20 }),
    col("salesperson", "Salesperson", "负责销售员", "listRef", { list: "salespeople", width: 12 }),
    col("channel", "Channel", "调查方式", "enum", { enumName: "surveyChannel", width: 10 }),
    col("productQuality", "Product quality", "产品质量", "score", SCORE),
    col("delivery", "Delivery", "交付", "score", SCORE),
    col("service", "Service", "服务", "score", SCORE),
    col("price", "Price", "价格", "score", SCORE),
    col("overall", "Overall", "总体满意度", "score", { ...SCORE, required: true }),
    col("recommend", "Recommend", "推荐意愿", "score", { scale: RECOMMEND_SCALE, width: 10 }),
    col("comments", "Comments", "意见建议", "text", { width: 36 }),
  ],
});

/** Customers who left (跳槽顾客, SPEC §8.2): why, what they said, what is done, whether won back. */
export const LOST_CUSTOMERS = table({
  name: "LostCustomers",
  sheet: { en: "Lost Customers", zh: "跳槽顾客" },
  uniqueKey: ["lostOn", "customer"],
  columns: [
    col("lostOn", "Lost on", "流失日期", "date", REQUIRED),
    col("customer", "Customer", "客户", "listRef", { ...REQUIRED, list: "customers", width: 20 }),
    col("salesperson", "Salesperson", "负责销售员", "listRef", { list: "salespeople", width: 12 }),
    col("reason", "Reason", "流失原因", "enum", { ...REQUIRED, enumName: "lostReason", width: 14 }),
    col("competitor", "Competitor", "转向竞争对手", "text", { width: 16 }),
    col("interviewedOn", "Interviewed on", "回访日期", "date"),
    col("whatTheySaid", "What they said", "顾客意见", "text", { width: 36 }),
    col("improvement", "Improvement", "改进措施", "text", { width: 30 }),
    // Free text: the person who follows up, not a list reference (SPEC §8.4).
    col("owner", "Owner", "责任人", "text", { width: 12 }),
    col("status", "Status", "状态", "enum", { ...REQUIRED, enumName: "status", width: 10 }),
    col("wonBackOn", "Won back on", "挽回日期", "date"),
  ],
});

/** All template tables in set-up order (master lists first: other tables' dropdowns point at them). */
export const TABLES = [
  SALESPEOPLE,
  CUSTOMERS,
  PRODUCTS,
  CALENDAR,
  TARGETS,
  VISIT_PLAN,
  DAILY_REPORT,
  MARKET_REPORT,
  COMPLAINTS,
  SATISFACTION,
  LOST_CUSTOMERS,
] as const;

const BY_NAME = new Map<TableName, TableDef>(TABLES.map((t) => [t.name, t]));

/** The definition of a template table (with its literal keys when `name` is one table). */
export function tableDef<N extends TableName>(name: N): TableDefOf<N> {
  const def = BY_NAME.get(name);
  if (!def) throw new Error(`Unknown table ${name}`);
  return def as TableDefOf<N>;
}

/** Version of the template schema written into set-up workbooks; bump when a column is added. */
export const SCHEMA_VERSION = 2;
