/**
 * zh-CN and en-US strings. Each area owns one catalogue file (actions, findings, sheets, ui); keys are
 * typed from the English catalogues so a missing Chinese string is a compile error.
 */
import { TABLES, tableDef } from "../schema/tables";
import type { Lang, TableName } from "../schema/types";
import { actionStrings } from "./actions";
import { refusalStrings } from "./refusals";
import { companyStrings } from "./company";
import { customerStrings } from "./customers";
import { findingStrings } from "./findings";
import { sheetStrings } from "./sheets";
import { splitStrings } from "./split";
import { uiStrings } from "./ui";
import { validationSheetStrings } from "./validationSheet";

export const catalogue = {
  ...actionStrings,
  ...refusalStrings,
  ...companyStrings,
  ...customerStrings,
  ...findingStrings,
  ...sheetStrings,
  ...splitStrings,
  ...uiStrings,
  ...validationSheetStrings,
} as const;

export type MessageKey = keyof typeof catalogue;

/** Values for a message's `{name}` placeholders; a list is written as the language writes lists. */
export type MessageArgs = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * Items as a list in running text: `、` between them in Chinese, `, ` in English.
 *
 * @example listOf("zh", ["目标达成", "透视"]) === "目标达成、透视"
 */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === "zh" ? "、" : ", ");
}

/**
 * The text for `key` in `lang`, with `{name}` placeholders replaced from `args`.
 * Unknown placeholders are left as they are, so a missing argument is visible, not silent.
 *
 * @example translate("en", "finding.E01", { column: "Date" })
 */
export function translate(lang: Lang, key: MessageKey, args: MessageArgs = {}): string {
  const entry = catalogue[key];
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in args)) return whole;
    const value = args[name];
    return typeof value === "object" ? listOf(lang, value) : String(value);
  });
}

/** Like `translate`, for keys that arrive as data (a finding's `messageKey`). Throws on an unknown key. */
export function translateKey(lang: Lang, key: string, args: MessageArgs = {}): string {
  if (!(key in catalogue)) throw new Error(`No message for key "${key}"`);
  return translate(lang, key as MessageKey, args);
}

const SHARED_SHEETS = new Set(
  TABLES.filter((def, _, all) => all.filter((other) => other.sheet.en === def.sheet.en).length > 1).map(
    (def) => def.name,
  ),
);

/**
 * A template table as people see it in the workbook, never its internal name: the sheet it is on, and
 * for a sheet holding several tables (the Lists sheet) which list. `sheet` is the sheet's name as found
 * (a renamed sheet shows as renamed); without it, set-up's name in `lang`.
 *
 * @example tablePlace("zh", "Customers") === "基础资料 › 客户"
 * @example tablePlace("zh", "DailyReport", "日报") === "日报"
 */
export function tablePlace(lang: Lang, table: TableName, sheet?: string): string {
  const sheetName = sheet ?? tableDef(table).sheet[lang];
  if (!SHARED_SHEETS.has(table)) return sheetName;
  return translate(lang, "table.inSheet", { sheet: sheetName, table: translate(lang, `table.${table}`) });
}

/** True when `name` is a template table's name (errors carry it as text). */
export function isTableName(name: string): name is TableName {
  return TABLES.some((def) => def.name === name);
}
