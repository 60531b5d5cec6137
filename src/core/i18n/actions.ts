/** Action labels and progress steps (en/zh), shared by the task pane, the ribbon and the command line. */
import type { Localized } from "../schema/types";

export const actionStrings = {
  "action.setup": { en: "Set up workbook", zh: "创建模板" },
  "action.validate": { en: "Validate", zh: "校验" },
  "action.rollups": { en: "Refresh rollups", zh: "刷新汇总" },
  "action.splitPreview": { en: "Preview split", zh: "预览分解" },
  "action.splitWrite": { en: "Write targets", zh: "写入目标" },
  "action.sample": { en: "Fill sample data", zh: "填入示例数据" },
  "action.applySuggestion": { en: "Correcting a cell", zh: "修改单元格" },
  "step.correct": { en: "Writing the cell", zh: "写入单元格" },
  "step.inspect": { en: "Looking at the workbook", zh: "检查工作簿" },
  "step.setup": { en: "Creating templates", zh: "创建模板" },
  "step.settings": { en: "Saving settings", zh: "保存设置" },
  "step.read": { en: "Reading tables", zh: "读取表格" },
  "step.validate": { en: "Checking entries", zh: "校验数据" },
  "step.compute": { en: "Computing figures", zh: "计算指标" },
  "step.write": { en: "Writing sheets", zh: "写入工作表" },
  "step.done": { en: "Done", zh: "完成" },
  "rollup.asOfOutside": {
    en: "The as-of date {asOf} is outside the period {period} ({start} to {end}). Pick an as-of date within the period, or another period.",
    zh: "截至日期 {asOf} 不在期间 {period}（{start} 至 {end}）内。请选择该期间内的截至日期，或改选期间。",
  },
  "error.ColumnRenamed": {
    en: "Table {table} on sheet “{sheet}” has no column “{column}”, and its column “{likely}” stands where that column was. Rename “{likely}” back to “{column}” (or “{columnZh}”), then try again.",
    zh: "工作表“{sheet}”中的表格 {table} 缺少列“{columnZh}”，原来该列的位置现在是“{likely}”列。请把“{likely}”改回“{columnZh}”（或“{column}”），然后重试。",
  },
} as const satisfies Record<string, Localized>;
