/**
 * The header text each template column has in this workbook, as the reader found it (SPEC §1 "Headers
 * as they are"). Everything SalesPace writes that refers to a column — formulas, defined names,
 * sources — is spelled with this text, never with the schema's label: an Excel table's column is
 * named by its header cell, so `DailyReport[订货金额]` and `DailyReport[Order amount]` are different
 * references, and only one of them exists in a given workbook.
 */
import { TABLES, tableDef } from "../schema/tables";
import type { Lang, TableName } from "../schema/types";
import { matchKey } from "../text/fold";
import { matchColumns } from "./headers";
import type { RawCell } from "./raw";

/** One table's headers as found: the sheet it is on and, per column key, the header cell's text. */
export interface TableHeaders {
  readonly sheet: string;
  readonly byKey: Readonly<Record<string, string>>;
}

/** Per template table found in the workbook, its headers as found. */
export type ColumnHeaders = Readonly<Partial<Record<TableName, TableHeaders>>>;

/** A table's header row as an adapter hands it over (a RawTable or a set-up inventory entry). */
export interface HeaderRow {
  readonly table: TableName;
  readonly sheet: string;
  readonly headers: readonly RawCell[];
}

/**
 * The header text of every template column found in `rows` (the first row of a table wins, as in
 * readBook). A column with no header is left out: whoever refers to it decides what that means.
 *
 * @example columnHeadersOf([{ table: "Products", sheet: "基础资料", headers: ["产品编码", "Name"] }]).Products
 *   // { sheet: "基础资料", byKey: { code: "产品编码", name: "Name" } }
 */
export function columnHeadersOf(rows: readonly HeaderRow[]): ColumnHeaders {
  const found: Partial<Record<TableName, TableHeaders>> = {};
  for (const row of rows) {
    if (found[row.table]) continue;
    const def = tableDef(row.table);
    const byKey: Record<string, string> = {};
    matchColumns(row.headers, def).forEach((position, i) => {
      if (position >= 0) byKey[def.columns[i].key] = String(row.headers[position]);
    });
    found[row.table] = { sheet: row.sheet, byKey };
  }
  return found;
}

/**
 * The headers set-up writes in `lang` for every template table: what a workbook SalesPace set up in
 * that language has, and what set-up gives the columns and tables it adds.
 *
 * @example templateHeaders("zh").Salespeople?.byKey.name === "姓名"
 */
export function templateHeaders(lang: Lang): ColumnHeaders {
  const found: Partial<Record<TableName, TableHeaders>> = {};
  for (const def of TABLES) {
    found[def.name] = {
      sheet: def.sheet[lang],
      byKey: Object.fromEntries(def.columns.map((c) => [c.key, c.header[lang]])),
    };
  }
  return found;
}

/**
 * The language most recognised headers in `rows` are in, or null when there are none or as many of
 * each (a header that reads the same in both languages counts for neither).
 *
 * @example headerLanguage([{ table: "Products", sheet: "Lists", headers: ["产品编码", "产品名称", "Unit price"] }]) === "zh"
 */
export function headerLanguage(rows: readonly HeaderRow[]): Lang | null {
  let en = 0;
  let zh = 0;
  for (const row of rows) {
    const keys = new Set(row.headers.map((h) => matchKey(String(h))));
    for (const column of tableDef(row.table).columns) {
      const isEn = keys.has(matchKey(column.header.en));
      const isZh = keys.has(matchKey(column.header.zh));
      if (isEn && !isZh) en++;
      else if (isZh && !isEn) zh++;
    }
  }
  return en === zh ? null : en > zh ? "en" : "zh";
}
