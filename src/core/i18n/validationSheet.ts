/** The Validation sheet's summary and list (en/zh); the column labels shared with the pane are in sheets.ts. */
import type { Localized } from "../schema/types";

export const validationSheetStrings = {
  "validation.linked": { en: "With a link", zh: "含链接" },
  "validation.howTo": {
    en: "Every finding shows its sheet and cell: type the cell into the Name Box (left of the formula bar) to go there. The first {links} findings, errors first, also have a link.",
    zh: "每条问题都列出工作表和单元格：在名称框（编辑栏左侧）输入单元格即可定位。前 {links} 条（错误优先）另附链接。",
  },
  "validation.summaryTitle": {
    en: "Summary: findings by rule, table and salesperson",
    zh: "汇总：按规则、表和销售员统计",
  },
  "validation.listTitle": { en: "Findings", zh: "问题明细" },
  "validation.rule": { en: "Rule", zh: "规则" },
  "validation.salesperson": { en: "Salesperson", zh: "销售员" },
  "validation.count": { en: "Findings", zh: "条数" },
  "validation.sheet": { en: "Sheet", zh: "工作表" },
  "validation.cell": { en: "Cell", zh: "单元格" },
  "validation.nobody": { en: "(no salesperson)", zh: "（无销售员）" },
  "rule.E01": { en: "Required field empty", zh: "必填项为空" },
  "rule.E02": { en: "Wrong type", zh: "类型错误" },
  "rule.E03": { en: "Not in its list", zh: "不在列表中" },
  "rule.E04": { en: "Duplicate key", zh: "重复记录" },
  "rule.E05": { en: "Dated in the future", zh: "日期在未来" },
  "rule.E06": { en: "Malformed target period", zh: "目标期间格式错误" },
  "rule.E07": { en: "Severe item not escalated", zh: "严重事项未上报" },
  "rule.E08": { en: "Closed before it was opened", zh: "关闭日期早于受理日期" },
  "rule.W01": { en: "Unplanned visit", zh: "计划外拜访" },
  "rule.W02": { en: "Missed visit", zh: "漏访" },
  "rule.W03": { en: "Sign-off overdue", zh: "签核逾期" },
  "rule.W04": { en: "Region differs", zh: "区域不一致" },
  "rule.W05": { en: "Decomposition mismatch", zh: "目标分解不一致" },
  "rule.W06": { en: "Visits on a day of leave", zh: "请假日有拜访" },
  "rule.W07": { en: "Implausible margin", zh: "毛利异常" },
  "rule.W08": { en: "Inactive salesperson or churned customer", zh: "使用离职人员或流失客户" },
  "rule.W09": { en: "Not reported", zh: "未提交日报" },
} as const satisfies Record<string, Localized>;
