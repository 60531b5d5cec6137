/**
 * A finding's message in the workbook language. Column keys become the column's header in that
 * language, dates become ISO text and amounts get thousands separators, so rules can keep their
 * arguments as plain data.
 */
import { translateKey } from "../i18n";
import { isoOfDay } from "../periods";
import { YES_NO } from "../schema/enums";
import { tableDef } from "../schema/tables";
import type { ColumnDef, Lang, TableName } from "../schema/types";
import type { Finding } from "./finding";

const KEY_SEPARATOR: Readonly<Record<Lang, string>> = { en: " + ", zh: "＋" };

/** `1234567.891` → `1,234,567.89`; whole numbers without decimals. */
export function formatNumber(n: number): string {
  // toFixed switches to exponent notation from 1e21 on, which has no decimal part to trim.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [whole, fraction] = Math.abs(n).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decimals = fraction.replace(/0+$/, "");
  const sign = n < 0 && (whole !== "0" || decimals !== "") ? "-" : "";
  return sign + grouped + (decimals === "" ? "" : `.${decimals}`);
}

function columnOf(table: TableName, key: string): ColumnDef | undefined {
  return tableDef(table).columns.find((c) => c.key === key);
}

// A date cell the reader could not read may hold any number (-5, 1e9, 45000.5): show it as typed.
const isSerialDay = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 2958465;

function formatValue(lang: Lang, column: ColumnDef | undefined, value: Finding["value"]): string {
  if (value === null) return "";
  if (typeof value === "boolean") return (value ? YES_NO.yes : YES_NO.no)[lang];
  if (typeof value === "number")
    return column?.type === "date" && isSerialDay(value) ? isoOfDay(value) : formatNumber(value);
  return value;
}

/**
 * The message of a finding in `lang`, e.g. "Date: “2026-13-01” is not a date. Type it like 2026-11-27."
 *
 * @throws Error when the finding's messageKey has no text in the catalogue (a programming error).
 * @example describeFinding("zh", finding) // "销售员为空，请填写。"
 */
export function describeFinding(lang: Lang, f: Finding): string {
  const column = f.column === null ? undefined : columnOf(f.table, f.column);
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(f.args)) {
    if (typeof value === "number") args[name] = /Row$/.test(name) ? value : formatNumber(value);
    else if (/(^c|C)olumn$/.test(name)) args[name] = columnOf(f.table, value)?.header[lang] ?? value;
    else args[name] = value;
  }
  if (column !== undefined && !("column" in args)) args.column = column.header[lang];
  if (!("value" in args)) args.value = formatValue(lang, column, f.value);
  if (f.suggestion !== null && !("suggestion" in args)) args.suggestion = f.suggestion;
  if (!("keyColumns" in args)) {
    const def = tableDef(f.table);
    args.keyColumns = def.uniqueKey
      .map((key) => columnOf(f.table, key)?.header[lang] ?? key)
      .join(KEY_SEPARATOR[lang]);
  }
  return translateKey(lang, f.messageKey, args);
}
