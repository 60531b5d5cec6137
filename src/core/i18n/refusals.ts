/** What Excel refuses and a person can fix, said in both languages (error codes from src/excel/errors.ts). */
import type { Localized } from "../schema/types";

export const refusalStrings = {
  "error.CellEditing": {
    en: "Excel is waiting for a cell to be finished. Press Enter or Esc to leave the cell you are typing in, then try again.",
    zh: "Excel 正在等待单元格编辑完成。请按 Enter 或 Esc 结束正在输入的单元格，然后重试。",
  },
  "error.ExcelBusy": {
    en: "Excel is busy with too many requests. Wait a minute, then try again; nothing was lost.",
    zh: "Excel 当前请求过多。请稍等一分钟后重试；数据没有丢失。",
  },
  "error.RangeConflict": {
    en: "Merged cells, another table or a PivotTable are in the way. Unmerge or move them, then try again.",
    zh: "合并单元格、其他表格或数据透视表挡住了要写入的位置。请取消合并或移开后重试。",
  },
  "error.PivotInTheWay": {
    en: "A PivotTable overlaps the cells SalesPace writes. Move or remove it, then try again.",
    zh: "有数据透视表与 SalesPace 要写入的单元格重叠。请移动或删除该数据透视表后重试。",
  },
  "error.FormulaTooLong": {
    en: "A formula was too long for Excel. Choose a shorter period or fewer spellings of the names, then try again.",
    zh: "公式过长，Excel 无法接受。请选择较短的期间或统一人名写法后重试。",
  },
  "error.TableDidNotGrow": {
    en: "Table {table} did not grow as expected while rows were being added ({expected} rows expected, {actual} found). Check the rows below the table, then try again.",
    zh: "添加行时表格 {table} 没有按预期扩展（应为 {expected} 行，实为 {actual} 行）。请检查表格下方的行，然后重试。",
  },
  "error.RibbonTimeLimit": {
    en: "This workbook has {rows} rows, so this may take about {minutes} minutes, longer than Excel lets a ribbon button run. Open the SalesPace pane (Home › SalesPace) and run it there.",
    zh: "此工作簿有 {rows} 行，此操作可能需要约 {minutes} 分钟，超过 Excel 允许功能区按钮运行的时间。请打开 SalesPace 面板（开始 › SalesPace）并在面板中运行。",
  },
  "ribbon.paneOpened": { en: "SalesPace has opened its pane for you.", zh: "SalesPace 已为您打开面板。" },
} as const satisfies Record<string, Localized>;
