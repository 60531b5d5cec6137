/** Task-pane and ribbon-command strings (en/zh). */
import type { Localized } from "../schema/types";

export const uiStrings = {
  "app.name": { en: "SalesPace", zh: "SalesPace" },
  "app.tagline": { en: "Sales process in Excel", zh: "销售过程管理" },
  "app.outsideExcel": {
    en: "Open SalesPace from Excel (Home › SalesPace) to use it.",
    zh: "请在 Excel 中打开 SalesPace（开始 › SalesPace）。",
  },
  "lang.zh": { en: "Chinese (简体中文)", zh: "简体中文" },
  "lang.en": { en: "English", zh: "英文 (English)" },

  // ------------------------------------------------------------ navigation
  "nav.label": { en: "SalesPace screens", zh: "SalesPace 功能页" },
  "nav.more": { en: "More", zh: "更多" },
  "nav.moreLabel": { en: "More screens", zh: "更多功能页" },
  "nav.home": { en: "Home", zh: "首页" },
  "nav.setup": { en: "Set up", zh: "创建" },
  "nav.validate": { en: "Validate", zh: "校验" },
  "nav.rollups": { en: "Rollups", zh: "汇总" },
  "nav.targets": { en: "Targets", zh: "目标" },
  "nav.settings": { en: "Settings", zh: "设置" },
  "nav.customers": { en: "Customers", zh: "客户" },

  // ------------------------------------------------------------ progress and notices
  "progress.starting": { en: "Starting…", zh: "正在开始…" },
  "progress.cancel": { en: "Cancel", zh: "取消" },
  "progress.cancelling": { en: "Cancelling after this step…", zh: "本步骤完成后取消…" },
  "step.sample": { en: "Filling", zh: "填入" },
  "notice.errorTitle": { en: "That did not work", zh: "操作未完成" },
  "notice.details": { en: "Details", zh: "详细信息" },
  "notice.hideDetails": { en: "Hide details", zh: "隐藏详细信息" },
  "notice.dismiss": { en: "Dismiss", zh: "关闭" },
  "notice.cancelled": {
    en: "Cancelled. Nothing was written.",
    zh: "已取消，未写入任何内容。",
  },
  "notice.cancelledAfter": {
    en: "Cancelled. Written before the cancel took effect: {written}. Nothing after that was written.",
    zh: "已取消。取消生效前已写入：{written}；之后未再写入。",
  },

  // ------------------------------------------------------------ errors (zh sentences for SalesPaceError codes)
  "error.unexpected": {
    en: "Something went wrong inside SalesPace. Nothing was lost; try again, and if it repeats, send the details to your admin.",
    zh: "SalesPace 内部出错。数据未丢失；请重试，如仍出错，请把详细信息发给管理员。",
  },
  "error.NotSetUp": {
    en: "This workbook has no SalesPace tables yet. Run Set up workbook first.",
    zh: "此工作簿还没有 SalesPace 表格。请先运行“创建模板”。",
  },
  "error.ColumnMissing": {
    en: "Table {table} has no column {column}. Rename the column back or run Set up workbook.",
    zh: "“{place}”缺少列“{columnZh}”。请把列名改回，或重新运行“创建模板”。",
  },
  "error.TableMissing": {
    en: "A SalesPace table is missing. Run Set up workbook, then try again.",
    zh: "缺少 SalesPace 表格。请运行“创建模板”后重试。",
  },
  "error.SheetNameTaken": {
    en: "A sheet named {sheet} already holds something else. Rename that sheet, then try again.",
    zh: "工作表“{sheet}”已有其他内容。请先重命名该工作表再重试。",
  },
  "error.BadPeriod": {
    en: "That is not a period. Use 2026, 2026-Q4, 2026-11 or 2026-W48.",
    zh: "“{period}”不是有效期间。请填写 2026、2026-Q4、2026-11 或 2026-W48。",
  },
  "error.SheetProtected": {
    en: "A sheet or the workbook is protected. Unprotect it and try again.",
    zh: "工作表或工作簿受保护。请取消保护后重试。",
  },
  "error.WorkbookProtected": {
    en: "The workbook is protected. Unprotect it and try again.",
    zh: "工作簿受保护。请取消保护后重试。",
  },
  "error.RequirementSetMissing": {
    en: "This version of Excel is too old for SalesPace. Update Office or use Excel on the web.",
    zh: "此 Excel 版本过旧，无法运行 SalesPace。请更新 Office 或使用 Excel 网页版。",
  },
  "error.RequestTooLarge": {
    en: "Excel refused a request larger than 5 MB. Try again; if it repeats, report it.",
    zh: "Excel 拒绝了超过 5 MB 的请求。请重试；如仍出错，请报告。",
  },
  "error.SyncTimeout": {
    en: "Excel did not answer in time. Wait until the workbook has finished loading or saving, then try again.",
    zh: "Excel 未及时响应。请等工作簿加载或保存完成后重试。",
  },
  "error.CellChanged": {
    en: "That cell was changed after Validate. Nothing was written; validate again.",
    zh: "“{sheet}”第 {row} 行的该单元格在校验后已被修改（现为“{now}”），未写入任何内容。请重新校验。",
  },
  "error.OutputNotWritable": {
    en: "Excel could not write the sheet. Close any open cell editing and try again.",
    zh: "Excel 无法写入工作表。请结束单元格编辑后重试。",
  },

  "field.wholeNumber": {
    en: "Type a whole number from {min} to {max}.",
    zh: "请填写 {min} 到 {max} 之间的整数。",
  },

  // ------------------------------------------------------------ home
  "home.looking": { en: "Looking at the workbook…", zh: "正在检查工作簿…" },
  "home.workbook": { en: "This workbook", zh: "当前工作簿" },
  "home.setUp": { en: "Set up", zh: "已创建" },
  "home.notSetUp": { en: "Not set up", zh: "未创建" },
  "home.languageAndSchema": {
    en: "Language: {lang} · template version {version}",
    zh: "语言：{lang} · 模板版本 {version}",
  },
  "home.rowCounts": { en: "Rows per table", zh: "各表行数" },
  "home.table": { en: "Table", zh: "表格" },
  "home.rows": { en: "Rows", zh: "行数" },
  "home.missing": { en: "missing", zh: "缺失" },
  "home.lastValidation": { en: "Last validation", zh: "最近一次校验" },
  "home.stale": { en: "out of date", zh: "已过期" },
  "home.notValidated": { en: "Not validated in this session yet.", zh: "本次尚未校验。" },
  "home.notReported": { en: "Not reported on {day}", zh: "{day} 未提交日报" },
  "home.everyoneReported": { en: "Everyone reported.", zh: "全部已提交。" },
  "next.setup": { en: "Next: create the templates.", zh: "下一步：创建模板。" },
  "next.upgrade": { en: "Next: add what the templates are missing.", zh: "下一步：补全模板。" },
  "next.validate": { en: "Next: check what people typed.", zh: "下一步：校验填写内容。" },
  "next.fix": { en: "Next: fix the errors found, then validate again.", zh: "下一步：修正错误后再次校验。" },
  "next.rollups": { en: "Next: refresh the rollups.", zh: "下一步：刷新汇总。" },

  // ------------------------------------------------------------ set up
  "setup.title": { en: "Set up workbook", zh: "创建模板" },
  "setup.explain": {
    en: "Creates the lists, targets and report tables with dropdowns and checks. Safe to run again: it only adds what is missing and never touches rows people entered.",
    zh: "创建基础资料、目标与报表表格及下拉和校验。可重复运行：只补充缺少的部分，不会改动已录入的行。",
  },
  "setup.language": { en: "Workbook language", zh: "工作簿语言" },
  "setup.upgrade": { en: "Update templates", zh: "更新模板" },
  "setup.done": { en: "The workbook is set up.", zh: "模板已创建。" },
  "setup.sheetsAdded": { en: "Sheets added: {count}", zh: "新增工作表：{count}" },
  "setup.tablesAdded": { en: "Tables added: {count}", zh: "新增表格：{count}" },
  "setup.columnsAdded": { en: "Columns added: {count}", zh: "新增列：{count}" },
  "setup.validationsAdded": { en: "Validation rules added: {count}", zh: "新增数据验证：{count}" },
  "setup.sampleTitle": { en: "Sample data for a first try", zh: "示例数据（试用）" },
  "setup.sampleExplain": {
    en: "Fills an empty, set-up workbook with a made-up sales team, so you can try Validate and Rollups.",
    zh: "向已创建的空工作簿填入虚构的销售团队数据，便于试用校验与汇总。",
  },
  "setup.samplePeople": { en: "Salespeople", zh: "销售员人数" },
  "setup.sampleDays": { en: "Working days", zh: "工作日天数" },
  "setup.sampleMistakes": { en: "Include typical typing mistakes", zh: "包含常见填写错误" },
  "setup.sampleOnlyEmpty": {
    en: "Sample data goes only into a set-up workbook whose tables are empty.",
    zh: "示例数据只能填入已创建且为空的工作簿。",
  },
  "setup.sampleDone": { en: "{rows} sample rows added.", zh: "已填入 {rows} 行示例数据。" },

  // ------------------------------------------------------------ validate
  "validate.title": { en: "Check the entries", zh: "校验填写内容" },
  "validate.explain": {
    en: "Reads every table and lists what is wrong or worth a look. It never changes what people typed.",
    zh: "读取所有表格，列出错误与需要关注的内容。不会改动任何已填写的值。",
  },
  "validate.writeSheet": { en: "Write to Validation sheet", zh: "写入“校验结果”表" },
  "validate.stale": {
    en: "The workbook has changed since these findings. Validate again to update them.",
    zh: "这些结果之后工作簿已有改动，请重新校验。",
  },
  "validate.sheetWritten": { en: "The findings are on the Validation sheet.", zh: "校验结果已写入工作表。" },
  "validate.needsSetup": { en: "Set up the workbook first.", zh: "请先创建模板。" },
  "validate.errors": { en: "{count} errors", zh: "错误 {count}" },
  "validate.warnings": { en: "{count} warnings", zh: "警告 {count}" },
  "validate.errorsTitle": { en: "Errors", zh: "错误" },
  "validate.warningsTitle": { en: "Warnings", zh: "警告" },
  "validate.all": { en: "All", zh: "全部" },
  "validate.filterSeverity": { en: "Severity", zh: "严重程度" },
  "validate.filterTable": { en: "Table", zh: "表格" },
  "validate.filterText": { en: "Find in findings", zh: "搜索" },
  "validate.clean": { en: "No findings: everything checks out.", zh: "未发现问题。" },
  "validate.noMatch": { en: "No finding matches the filter.", zh: "没有符合筛选条件的结果。" },
  "validate.row": { en: "Row {row}", zh: "第 {row} 行" },
  "validate.suggestion": { en: "Suggestion: {suggestion}", zh: "建议：{suggestion}" },
  "validate.useSuggestion": { en: "Use “{suggestion}”", zh: "改为“{suggestion}”" },
  "validate.confirmSuggestion": {
    en: "Replace “{value}” with “{suggestion}” in {place}, row {row}? Only this cell changes. Excel versions without undo for add-ins cannot take it back with Undo.",
    zh: "把“{place}”第 {row} 行的“{value}”改为“{suggestion}”？只改这一个单元格。不支持撤销加载项操作的 Excel 版本无法用“撤销”恢复。",
  },
  "validate.replace": { en: "Replace", zh: "替换" },
  "validate.keep": { en: "Keep as is", zh: "不改" },
  "validate.corrected": { en: "Corrected", zh: "已修改" },
  "validate.correctedNotice": {
    en: "{sheet}!{address} now holds “{value}”. Excel's Undo (Ctrl+Z) takes it back.",
    zh: "{sheet}!{address} 已改为“{value}”。可用 Excel 的“撤销”（Ctrl+Z）恢复。",
  },
  "validate.correctedNoUndo": {
    en: "{sheet}!{address} now holds “{value}”. This Excel cannot undo changes made by add-ins: to go back, type “{old}” into the cell.",
    zh: "{sheet}!{address} 已改为“{value}”。此 Excel 版本无法撤销加载项所做的修改；如需恢复，请在该单元格重新填写“{old}”。",
  },
  "validate.showMore": { en: "Show more ({count} left)", zh: "显示更多（剩余 {count} 条）" },
  "validate.selecting": { en: "Selecting the cell", zh: "定位单元格" },

  // ------------------------------------------------------------ rollups
  "rollups.title": { en: "Refresh rollups", zh: "刷新汇总" },
  "rollups.explain": {
    en: "Rebuilds the Scorecard, PivotTables, Efficiency and Weekly report sheets for the period you choose.",
    zh: "按所选期间重建目标达成、透视、推销效率和周报工作表。",
  },
  "rollups.kind": { en: "Period type", zh: "期间类型" },
  "period.week": { en: "Week", zh: "周" },
  "period.month": { en: "Month", zh: "月" },
  "period.quarter": { en: "Quarter", zh: "季度" },
  "period.year": { en: "Year", zh: "年" },
  "rollups.period": { en: "Period", zh: "期间" },
  "rollups.badPeriod": {
    en: "Use 2026, 2026-Q4, 2026-11 or 2026-W48.",
    zh: "请填写 2026、2026-Q4、2026-11 或 2026-W48。",
  },
  "rollups.asOf": { en: "As of", zh: "截至日期" },
  "rollups.badDate": { en: "Pick a date.", zh: "请选择日期。" },
  "rollups.done": { en: "Rebuilt: {sheets}.", zh: "已重建：{sheets}。" },
  "rollups.behindTitle": {
    en: "Behind pace on Sales · {period} as of {asOf}",
    zh: "销售额进度落后 · {period}（截至 {asOf}）",
  },
  "rollups.staleInputs": {
    en: "These figures are for {period} as of {asOf}. Refresh rollups to see what is chosen above.",
    zh: "以下数字为 {period}（截至 {asOf}）。请刷新汇总以查看上方所选期间。",
  },
  "rollups.staleBook": {
    en: "The workbook has changed since these figures. Refresh rollups to update them.",
    zh: "这些数字之后工作簿已有改动，请刷新汇总。",
  },
  "rollups.behindTable": { en: "Salespeople behind pace", zh: "进度落后的销售员" },
  "rollups.nobodyBehind": { en: "Nobody is behind pace.", zh: "没有人进度落后。" },
  "rollups.salesperson": { en: "Salesperson", zh: "销售员" },
  "rollups.salesByRegion": { en: "Sales by region", zh: "各区域销售额" },
  "rollups.region": { en: "Region", zh: "区域" },
  // Shorter than the sheet's "Achievement": four figure columns fit a 320 px pane.
  "rollups.achieved": { en: "Achieved", zh: "达成率" },

  // ------------------------------------------------------------ targets (split tool)
  "targets.title": { en: "Split a target", zh: "目标分解" },
  "targets.explain": {
    en: "Pick a region's or a year's target and write its children so that they add up exactly.",
    zh: "选择区域或年度目标，写入分解后的子目标，合计与上级目标完全一致。",
  },
  "targets.load": { en: "Load targets", zh: "读取目标" },
  "targets.reload": { en: "Reload targets", zh: "重新读取目标" },
  "targets.loading": { en: "Reading targets", zh: "读取目标" },
  "targets.none": {
    en: "No target can be split: add a region-level or a yearly/quarterly target first.",
    zh: "没有可分解的目标：请先填写区域级或年度/季度目标。",
  },
  "targets.parent": { en: "Target to split", zh: "要分解的目标" },
  "targets.pickParent": { en: "Pick a target", zh: "选择目标" },
  "targets.into": { en: "Split into", zh: "分解到" },
  "targets.intoPeople": { en: "Salespeople", zh: "销售员" },
  "targets.intoMonths": { en: "Months", zh: "月份" },
  "targets.method": { en: "How", zh: "分解方式" },
  "targets.method.even": { en: "Evenly", zh: "平均" },
  "targets.method.workingDays": { en: "By working days", zh: "按工作日" },
  "targets.method.weights": { en: "By weights", zh: "按权重" },
  "targets.weights": { en: "Weights (e.g. last year's share)", zh: "权重（如去年占比）" },
  "targets.unit": { en: "Round to", zh: "取整单位" },
  "targets.unitHint": {
    en: "Children are multiples of this, e.g. 1, 0.01 or 100.",
    zh: "子目标为该数的整数倍，如 1、0.01 或 100。",
  },
  "targets.previewTable": { en: "Children of the target", zh: "分解结果" },
  "targets.month": { en: "Month", zh: "月份" },
  "targets.salesperson": { en: "Salesperson", zh: "销售员" },
  "targets.total": { en: "Total", zh: "合计" },
  "targets.addsUp": {
    en: "Adds up exactly to the parent ({parent}).",
    zh: "合计与上级目标（{parent}）完全一致。",
  },
  "targets.doesNotAddUp": {
    en: "Does not add up to the parent ({parent}).",
    zh: "合计与上级目标（{parent}）不一致。",
  },
  "targets.written": { en: "{count} target rows added to Targets.", zh: "已向目标表添加 {count} 行。" },

  // ------------------------------------------------------------ settings
  "settings.languageTitle": { en: "Language", zh: "语言" },
  "settings.languageExplain": {
    en: "The language of this pane, for you only. The workbook's own language is chosen at set-up.",
    zh: "仅对你本人生效的界面语言。工作簿语言在创建模板时选择。",
  },
  "settings.languageOffice": { en: "Same as Office", zh: "与 Office 相同" },
  "settings.signOffTitle": { en: "Sign-off deadline", zh: "核签期限" },
  "settings.signOffExplain": {
    en: "A plan or report row without sign-off after this many working days is flagged (W03). Shared by everyone using this workbook.",
    zh: "计划或日报超过该工作日数仍未核签即提示（W03）。对使用此工作簿的所有人生效。",
  },
  "setting.signOffOverdueDays": { en: "Working days", zh: "工作日数" },
  "settings.customersTitle": { en: "Customers", zh: "客户管理" },
  "settings.customersExplain": {
    en: "When a customer counts as silent (W10), when a lost customer should have been interviewed (W11), the ABC class shares and the visits each class needs (W13). Shared by everyone using this workbook.",
    zh: "客户何时算沉默（W10）、流失客户应在几天内回访（W11）、ABC 分级的销售占比，以及各级客户需要的拜访次数（W13）。对使用此工作簿的所有人生效。",
  },
  "setting.silentVisitDays": { en: "Silent: days without a visit", zh: "沉默：未拜访天数" },
  "setting.silentOrderDays": { en: "Silent: days without an order", zh: "沉默：未订货天数" },
  "setting.interviewDays": { en: "Interview lost customers within (days)", zh: "流失客户回访期限（天）" },
  "setting.classAPercent": { en: "Class A: % of sales", zh: "A 类：销售占比 %" },
  "setting.classBPercent": { en: "Classes A+B: % of sales", zh: "A+B 类：销售占比 %" },
  "setting.visitNormA": { en: "A: visits per 20 working days", zh: "A 类：每 20 个工作日拜访次数" },
  "setting.visitNormB": { en: "B: visits per 20 working days", zh: "B 类：每 20 个工作日拜访次数" },
  "setting.visitNormC": { en: "C: visits per 20 working days", zh: "C 类：每 20 个工作日拜访次数" },
  "settings.classOrder": {
    en: "Classes A+B must reach at least class A's share ({share}%).",
    zh: "A+B 类的占比不能低于 A 类（{share}%）。",
  },
  "settings.save": { en: "Save", zh: "保存" },
  "settings.saving": { en: "Saving settings", zh: "保存设置" },
  "settings.saved": { en: "Settings saved in the workbook.", zh: "设置已保存到工作簿。" },

  // ------------------------------------------------------------ ribbon commands
  "ribbon.validated": {
    en: "SalesPace: {errors} errors, {warnings} warnings. See the Validation sheet.",
    zh: "SalesPace：错误 {errors}，警告 {warnings}。详见“校验结果”工作表。",
  },
  "ribbon.refreshed": {
    en: "SalesPace: rollups rebuilt for {period}.",
    zh: "SalesPace：已重建 {period} 汇总。",
  },
} as const satisfies Record<string, Localized>;
