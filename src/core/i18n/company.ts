/** The company workbook of `salespace consolidate` (SPEC §9): its notes, facts headers and warnings (en/zh). */
import type { Localized } from "../schema/types";

export const companyStrings = {
  "company.scorecardNote": {
    en: "Company rollup of {count} workbooks ({books}). The figures are values computed by salespace consolidate, not formulas: the data is in those files. Run it again to update.",
    zh: "由 {count} 个工作簿汇总（{books}）。这些数字是 salespace consolidate 计算出的数值而非公式：数据在各源工作簿中。如需更新请重新运行。",
  },
  "company.customersNote": {
    en: "Customers of {count} workbooks ({books}), matched by name. Every figure is a value computed by salespace consolidate, not a formula: the rows are in those files. Run it again to update.",
    zh: "由 {count} 个工作簿（{books}）按客户名称汇总。所有数字均为 salespace consolidate 计算出的数值而非公式：数据行在各源工作簿中。如需更新请重新运行。",
  },
  "company.factsNote": {
    en: "Facts summed by salesperson, customer, product and day from {count} workbooks; target rows have no customer.",
    zh: "按销售员、客户、产品和日期从 {count} 个工作簿汇总的数据；目标行没有客户。",
  },
  "company.date": { en: "Date", zh: "日期" },
  "company.customer": { en: "Customer", zh: "客户" },
  "company.expense": { en: "Expense", zh: "费用" },
  "company.targetOf": { en: "{metric} target", zh: "{metric}目标" },
  "company.sumOf": { en: "Sum of {field}", zh: "{field}合计" },
  "company.booksTitle": { en: "Workbooks in this rollup", zh: "本汇总包含的工作簿" },
  "company.book": { en: "Workbook", zh: "工作簿" },
  "company.language": { en: "Language", zh: "语言" },
  "company.reportRows": { en: "Report rows", zh: "日报行数" },
  "company.salespeople": { en: "Salespeople", zh: "销售员人数" },
  "company.disagreementsTitle": { en: "Where the workbooks disagree", zh: "工作簿之间不一致之处" },
  "company.noDisagreements": { en: "None: the master lists agree.", zh: "无：各基础资料一致。" },
  "company.idTwoNames": {
    en: "{list} ID {id} is {first} in {firstBook} but {second} in {secondBook}; both are kept as they are. Give the ID one name in both workbooks.",
    zh: "{list}编号 {id} 在 {firstBook} 中是“{first}”，在 {secondBook} 中是“{second}”；两者按原样保留。请在两个工作簿中统一名称。",
  },
  "company.nameTwoRegions": {
    en: "{list} {name} is in region {first} in {firstBook} but in {second} in {secondBook}; the company rollup counts them in {first}. Correct the region in one of them.",
    zh: "{list}“{name}”在 {firstBook} 中属于区域“{first}”，在 {secondBook} 中属于“{second}”；公司汇总计入“{first}”。请更正其中一个工作簿的区域。",
  },
  "company.sameTarget": {
    en: "The target {target} is in both {firstBook} ({first}) and {secondBook} ({second}); the company rollup counts it once, from {firstBook}. Keep it in one workbook only.",
    zh: "目标 {target} 同时出现在 {firstBook}（{first}）和 {secondBook}（{second}）中；公司汇总只计一次（取自 {firstBook}）。请只在一个工作簿中保留。",
  },
  "company.calendarDay": {
    en: "{date} is {first} in {firstBook} but {second} in {secondBook}; the company rollup takes {first}. Make the calendars agree.",
    zh: "{date} 在 {firstBook} 中为“{first}”，在 {secondBook} 中为“{second}”；公司汇总采用“{first}”。请统一日历。",
  },
  "company.list.salespeople": { en: "Salesperson", zh: "销售员" },
  "company.list.customers": { en: "Customer", zh: "客户" },
  "company.list.products": { en: "Product", zh: "产品" },
  "company.kind.holiday": { en: "a holiday", zh: "节假日" },
  "company.kind.workday": { en: "a working day", zh: "工作日" },
} as const satisfies Record<string, Localized>;
