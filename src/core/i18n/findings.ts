/**
 * Finding messages (en/zh), owned by validation. `{column}` is the column's header in the message
 * language, `{value}` the cell as entered, `{suggestion}` the value to use instead; describeFinding
 * fills them. Messages say what is wrong, then what to do.
 */
import type { Localized } from "../schema/types";

export const findingStrings = {
  // E01 required field empty
  "finding.E01": { en: "{column} is empty. Fill it in.", zh: "{column}为空，请填写。" },
  "finding.E01.visitPurpose": {
    en: "{column} is empty for the visit to {customer}. Pick the purpose of the visit.",
    zh: "拜访{customer}的{column}为空，请选择拜访目的。",
  },
  // E02 wrong type (made by the reader)
  "finding.E02": {
    en: "{column}: “{value}” is not valid here. Correct it.",
    zh: "{column}：“{value}”格式不对，请改正。",
  },
  "finding.E02.date": {
    en: "{column}: “{value}” is not a date. Type it like 2026-11-27.",
    zh: "{column}：“{value}”不是有效日期，请按 2026-11-27 的格式填写。",
  },
  "finding.E02.time": {
    en: "{column}: “{value}” is not a time. Type it like 09:30.",
    zh: "{column}：“{value}”不是有效时间，请按 09:30 的格式填写。",
  },
  "finding.E02.number": {
    en: "{column}: “{value}” is not a number. Type digits only.",
    zh: "{column}：“{value}”不是数字，请只填数字。",
  },
  "finding.E02.negative": {
    en: "{column} cannot be negative ({value}). Type 0 or more.",
    zh: "{column}不能为负数（{value}），请填写不小于 0 的数。",
  },
  "finding.E02.whole": {
    en: "{column} must be a whole number, not {value}.",
    zh: "{column}须为整数，不能是 {value}。",
  },
  "finding.E02.yesNo": {
    en: "{column} must be Y or N, not “{value}”.",
    zh: "{column}只能填“是”或“否”，不能是“{value}”。",
  },
  "finding.E02.errorValue": {
    en: "{column} holds the error {value}. Fix the formula or type the value.",
    zh: "{column}是错误值 {value}，请修正公式或直接填写数值。",
  },
  // E03 not in its list
  "finding.E03": {
    en: "{column}: “{value}” is not in the Lists sheet. Pick an existing entry or add it there first.",
    zh: "{column}：“{value}”不在基础资料中，请选择已有条目或先在基础资料中添加。",
  },
  "finding.E03.closest": {
    en: "{column}: “{value}” is not in the Lists sheet. Did you mean “{suggestion}”?",
    zh: "{column}：“{value}”不在基础资料中。是否应为“{suggestion}”？",
  },
  "finding.E03.variant": {
    en: "{column}: “{value}” is read as “{suggestion}”. Type it as “{suggestion}” to be sure.",
    zh: "{column}：“{value}”将按“{suggestion}”处理，请改为“{suggestion}”。",
  },
  "finding.E03.enum": {
    en: "{column}: “{value}” is not one of the choices. Pick one from the dropdown.",
    zh: "{column}：“{value}”不是可选值，请从下拉列表中选择。",
  },
  // E04 duplicate key
  "finding.E04": {
    en: "Same {keyColumns} as row {firstRow}. Delete one of the two rows or correct it.",
    zh: "与第 {firstRow} 行的{keyColumns}相同，请删除或改正其中一行。",
  },
  // E05 dated in the future
  "finding.E05": {
    en: "{column} {value} is after today ({today}). Check the date.",
    zh: "{column} {value} 晚于今天（{today}），请核对日期。",
  },
  // E06 malformed period
  "finding.E06": {
    en: "Period “{value}” is not valid. Use 2026, 2026-Q4, 2026-11 or 2026-W48.",
    zh: "期间“{value}”格式不对，请填写 2026、2026-Q4、2026-11 或 2026-W48。",
  },
  "finding.E06.suggest": {
    en: "Period “{value}” is not valid. Did you mean “{suggestion}”?",
    zh: "期间“{value}”格式不对。是否应为“{suggestion}”？",
  },
  // E07 severe item not escalated
  "finding.E07": {
    en: "A severe item that affects sales must be reported upward at once. Fill in {column}.",
    zh: "严重且影响销售的情况须立即上报，请填写{column}。",
  },
  // E08 closed before opened
  "finding.E08": {
    en: "{column} {value} is before {openColumn} {opened}. Correct one of the dates.",
    zh: "{column} {value} 早于{openColumn} {opened}，请改正日期。",
  },
  // E09 a score off its scale
  "finding.E09": {
    en: "{column}: {value} is not a score. Type a whole number from {min} to {max}.",
    zh: "{column}：{value} 不是有效评分，请填写 {min} 到 {max} 的整数。",
  },
  // W01 unplanned visit
  "finding.W01": {
    en: "Unplanned visit: {value} is not in {salesperson}'s visit plan for {date}.",
    zh: "计划外拜访：{value}不在{salesperson} {date} 的拜访计划中。",
  },
  // W02 missed visit
  "finding.W02": {
    en: "Missed visit: {salesperson} planned {value} on {date}, but no daily report row records it.",
    zh: "未执行拜访：{salesperson}计划于 {date} 拜访{value}，但日报中没有该拜访。",
  },
  // W03 sign-off overdue
  "finding.W03": {
    en: "Not signed off: {date} is {days} working days ago (allowed: {allowed}). The supervisor should fill in {column}.",
    zh: "未核签：{date} 已过去 {days} 个工作日（限 {allowed} 个），请主管填写{column}。",
  },
  // W04 region mismatch
  "finding.W04": {
    en: "{customer} is in region {customerRegion}, but {salesperson} covers {salespersonRegion}.",
    zh: "{customer}属于{customerRegion}区域，而{salesperson}负责{salespersonRegion}区域。",
  },
  // W05 decomposition mismatch
  "finding.W05": {
    en: "Target {parentSum} for {period} does not equal the sum of its parts ({childrenSum}).",
    zh: "{period} 的目标 {parentSum} 与分解合计（{childrenSum}）不一致。",
  },
  "finding.W05.salespeople": {
    en: "Region {region}, {period}: the salespeople's targets add up to {childrenSum}, the region's target is {parentSum}.",
    zh: "{region}区域 {period}：销售员目标合计 {childrenSum}，区域目标为 {parentSum}。",
  },
  "finding.W05.months": {
    en: "{period}: the monthly targets add up to {childrenSum}, the target for {period} is {parentSum}.",
    zh: "{period}：各月目标合计 {childrenSum}，{period} 的目标为 {parentSum}。",
  },
  "finding.W05.quarters": {
    en: "{period}: the quarterly targets add up to {childrenSum}, the target for {period} is {parentSum}.",
    zh: "{period}：各季度目标合计 {childrenSum}，{period} 的目标为 {parentSum}。",
  },
  // W06 visit on a day off
  "finding.W06": {
    en: "{salesperson} is marked on leave or absent on {date} (row {offRow}), yet a visit to {value} is recorded.",
    zh: "{salesperson} {date} 登记为请假或缺勤（第 {offRow} 行），却记录了对{value}的拜访。",
  },
  // W07 implausible margin
  "finding.W07": {
    en: "Gross margin {value} is implausible for an order of {orderAmount}: above the order or a loss of over 100 %.",
    zh: "毛利 {value} 与订货金额 {orderAmount} 不符：高于订货金额或亏损超过 100%。",
  },
  "finding.W07.product": {
    en: "Unit cost {value} is more than twice the unit price {unitPrice}: every sale would lose over 100 %.",
    zh: "单位成本 {value} 超过单价 {unitPrice} 的两倍，每笔销售都会亏损超过 100%。",
  },
  // W08 inactive salesperson or churned customer
  "finding.W08": { en: "{value} is no longer active.", zh: "{value}已不再有效。" },
  "finding.W08.salesperson": {
    en: "{name} is no longer active (Active = N). Assign an active salesperson.",
    zh: "{name}已不在职（在职 = N），请改为在职销售员。",
  },
  "finding.W08.customer": {
    en: "{name} is a churned customer. Check the entry or update the customer's status.",
    zh: "{name}是已流失客户，请核对或更新客户状态。",
  },
  // W09 not reported
  "finding.W09": {
    en: "{salesperson} has no daily report for {date}.",
    zh: "{salesperson} {date} 未提交日报。",
  },
  // W10 silent customer (隐性沉默)
  "finding.W10": {
    en: "Silent customer: {name} has not been visited or has not ordered for too long.",
    zh: "隐性沉默客户：{name}长时间未拜访或未订货。",
  },
  "finding.W10.visit": {
    en: "Silent customer: {name} has had no visit for {days} days (last visit {last}; allowed {allowed}). Plan a visit or a call.",
    zh: "隐性沉默客户：{name}已 {days} 天未拜访（最近拜访 {last}，限 {allowed} 天），请安排拜访或电话联系。",
  },
  "finding.W10.visitSince": {
    en: "Silent customer: {name} has never been visited in the {days} days since it was created on {last} (allowed {allowed}). Plan a visit.",
    zh: "隐性沉默客户：{name}自 {last} 建档以来 {days} 天从未拜访（限 {allowed} 天），请安排拜访。",
  },
  "finding.W10.order": {
    en: "Silent customer: {name} has not ordered for {days} days (last order {last}; allowed {allowed}). Ask why.",
    zh: "隐性沉默客户：{name}已 {days} 天未订货（最近订货 {last}，限 {allowed} 天），请了解原因。",
  },
  "finding.W10.orderSince": {
    en: "Silent customer: {name} has not ordered in the {days} days since it was created on {last} (allowed {allowed}). Ask why.",
    zh: "隐性沉默客户：{name}自 {last} 建档以来 {days} 天未订货（限 {allowed} 天），请了解原因。",
  },
  "finding.W10.never": {
    en: "Silent customer: {name} has no visit on record and no Since date. Plan a visit and fill in Since.",
    zh: "隐性沉默客户：{name}没有拜访记录，也没有建档日期，请安排拜访并填写建档日期。",
  },
  // W11 lost customer not interviewed
  "finding.W11": {
    en: "{customer} was lost on {lostOn}, {days} days ago, and has not been interviewed (allowed {allowed} days). Ask them why they left and fill in {column}.",
    zh: "{customer}于 {lostOn} 流失，已 {days} 天仍未回访（限 {allowed} 天），请回访了解流失原因并填写{column}。",
  },
  // W12 master list out of date
  "finding.W12": {
    en: "The Customers list and Lost Customers disagree about {name}.",
    zh: "客户资料与跳槽顾客表对{name}的记录不一致。",
  },
  "finding.W12.stillActive": {
    en: "{name} was lost on {lostOn} (Lost Customers) but is still Active here. Set {column} to Churned, or fill in Won back on.",
    zh: "{name}已于 {lostOn} 流失（跳槽顾客表），但此处仍为合作中，请将{column}改为流失，或填写挽回日期。",
  },
  "finding.W12.noLossRecord": {
    en: "{name} is marked Churned but has no row in Lost Customers. Add one with the reason it left.",
    zh: "{name}标记为流失，但跳槽顾客表中没有记录，请补录并填写流失原因。",
  },
  // W13 under-visited
  "finding.W13": {
    en: "{name} is a class {class} customer but was visited {visits} times in the last {workingDays} working days (norm {norm}). Plan more visits.",
    zh: "{name}为 {class} 类客户，近 {workingDays} 个工作日仅拜访 {visits} 次（标准 {norm} 次），请增加拜访。",
  },
} as const satisfies Record<string, Localized>;
