/**
 * Built-in enumerations (SPEC §1): localized constants, not user tables. A cell may hold either
 * language's label; the reader turns it into the key.
 */
import type {
  AttendanceKey,
  CalendarKindKey,
  ComplaintTypeKey,
  CustomerStatusKey,
  CustomerTypeKey,
  LostReasonKey,
  MarketCategoryKey,
  MetricKey,
  PurposeKey,
  SeverityKey,
  StatusKey,
  SurveyChannelKey,
} from "../model";
import type { EnumName, EnumValue } from "./types";

const v = <K extends string>(key: K, en: string, zh: string): EnumValue<K> => ({ key, label: { en, zh } });

export const PURPOSES: readonly EnumValue<PurposeKey>[] = [
  v("newCustomer", "New customer", "开发新客户"),
  v("marketResearch", "Market research", "市场调研"),
  v("collection", "Collection", "收款"),
  v("service", "Service", "服务"),
  v("complaint", "Complaint", "客诉处理"),
  v("order", "Order", "订货"),
  v("other", "Other", "其他"),
];

export const ATTENDANCE: readonly EnumValue<AttendanceKey>[] = [
  v("present", "Present", "出勤"),
  v("businessTrip", "Business trip", "出差"),
  v("leave", "Leave", "请假"),
  v("absent", "Absent", "缺勤"),
];

export const MARKET_CATEGORIES: readonly EnumValue<MarketCategoryKey>[] = [
  v("consumerFeedback", "Consumer feedback", "消费者意见"),
  v("competitorPromotion", "Competitor promotion", "竞品促销"),
  v("competitorNewProduct", "Competitor new product", "竞品新品"),
  v("dealerComplaint", "Dealer complaint", "经销商抱怨"),
  v("personnelChange", "Personnel change", "人事变动"),
  v("other", "Other", "其他"),
];

export const SEVERITIES: readonly EnumValue<SeverityKey>[] = [
  v("normal", "Normal", "一般"),
  v("important", "Important", "重要"),
  v("severe", "Severe", "严重"),
];

export const STATUSES: readonly EnumValue<StatusKey>[] = [
  v("open", "Open", "待处理"),
  v("inProgress", "In progress", "处理中"),
  v("closed", "Closed", "已关闭"),
];

export const COMPLAINT_TYPES: readonly EnumValue<ComplaintTypeKey>[] = [
  v("quality", "Quality", "质量"),
  v("delivery", "Delivery", "交付"),
  v("price", "Price", "价格"),
  v("service", "Service", "服务"),
  v("other", "Other", "其他"),
];

export const CUSTOMER_TYPES: readonly EnumValue<CustomerTypeKey>[] = [
  v("dealer", "Dealer", "经销商"),
  v("outlet", "Outlet", "零售网点"),
  v("keyAccount", "Key account", "直供客户"),
  v("prospect", "Prospect", "潜在客户"),
];

export const CUSTOMER_STATUSES: readonly EnumValue<CustomerStatusKey>[] = [
  v("active", "Active", "合作中"),
  v("prospect", "Prospect", "潜在"),
  v("churned", "Churned", "流失"),
];

export const CALENDAR_KINDS: readonly EnumValue<CalendarKindKey>[] = [
  v("holiday", "Holiday", "休息日"),
  v("workday", "Workday", "调休上班日"),
];

export const METRICS: readonly EnumValue<MetricKey>[] = [
  v("sales", "Sales", "销售额"),
  v("grossMargin", "Gross margin", "毛利"),
  v("newOutlets", "New outlets", "新增网点"),
  v("collections", "Collections", "回款"),
  v("visits", "Visits", "拜访次数"),
];

export const SURVEY_CHANNELS: readonly EnumValue<SurveyChannelKey>[] = [
  v("visit", "Visit", "拜访"),
  v("phone", "Phone", "电话"),
  v("online", "Online", "线上"),
  v("other", "Other", "其他"),
];

/** Why a customer left (SPEC §8.2), in the order of the handbook's list. */
export const LOST_REASONS: readonly EnumValue<LostReasonKey>[] = [
  v("price", "Price", "价格"),
  v("quality", "Quality", "质量"),
  v("delivery", "Delivery", "交付"),
  v("service", "Service", "服务"),
  v("competitorOffer", "Competitor offer", "竞品吸引"),
  v("relationship", "Relationship", "关系变化"),
  v("closedOrMoved", "Closed or moved", "停业迁址"),
  v("other", "Other", "其他"),
];

/** What each point of a 1–5 satisfaction score means (SPEC §8.1). */
export const SCORE_LABELS: readonly { readonly score: number; readonly label: { en: string; zh: string } }[] =
  [
    { score: 1, label: { en: "very dissatisfied", zh: "很不满意" } },
    { score: 2, label: { en: "dissatisfied", zh: "不太满意" } },
    { score: 3, label: { en: "neutral", zh: "一般" } },
    { score: 4, label: { en: "satisfied", zh: "比较满意" } },
    { score: 5, label: { en: "very satisfied", zh: "很满意" } },
  ];

/** Metric keys in display order. */
export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((m) => m.key);

export const ENUMS: Readonly<Record<EnumName, readonly EnumValue[]>> = {
  purpose: PURPOSES,
  attendance: ATTENDANCE,
  marketCategory: MARKET_CATEGORIES,
  severity: SEVERITIES,
  status: STATUSES,
  complaintType: COMPLAINT_TYPES,
  customerType: CUSTOMER_TYPES,
  customerStatus: CUSTOMER_STATUSES,
  calendarKind: CALENDAR_KINDS,
  metric: METRICS,
  surveyChannel: SURVEY_CHANNELS,
  lostReason: LOST_REASONS,
};

/**
 * Y/N labels written into templates and offered by their dropdowns: 是/否 in a Chinese workbook, Y/N in
 * an English one (SPEC §1.1). The reader accepts either language's words in any workbook.
 */
export const YES_NO = { yes: { en: "Y", zh: "是" }, no: { en: "N", zh: "否" } } as const;
