/**
 * The shape of SalesPace's templates as data. One generic reader and one generic validator consume
 * these definitions, so adding a column to a template is one line in `tables.ts`.
 */
import type { TABLES } from "./tables";

/** Workbook language. Labels, headers and messages exist in both. */
export type Lang = "en" | "zh";

/** A user-visible text in both workbook languages. */
export interface Localized {
  readonly en: string;
  readonly zh: string;
}

/** Names of the template tables, as `tables.ts` declares them. Fixed and language-independent (SPEC §1). */
export type TableName = (typeof TABLES)[number]["name"];

/** The definition of one template table, with its literal column keys and types. */
export type TableDefOf<N extends TableName> = Extract<(typeof TABLES)[number], { readonly name: N }>;

/** The key of a column of `N`: `ColumnKey<"DailyReport">` is `"date" | "salesperson" | …`. */
export type ColumnKey<N extends TableName> = TableDefOf<N>["columns"][number]["key"];

/**
 * What a column holds once read:
 * - text: trimmed string; date: Day (Excel serial); time: "HH:MM"; number/money/count: number
 *   (money and count may not be negative; count is whole); yesNo: boolean;
 * - enum: the key of a built-in enumeration (see `EnumName`);
 * - listRef: a name in a master list (resolved against the lists by validation/metrics);
 * - period: target period text (parsed by periods/);
 * - score: a survey score, read as a number; whether it is a whole number on its scale is E09's
 *   question (SPEC §8.3), so a 6 on a 1–5 scale reads as 6 and is left out of the figures.
 */
export type ColumnType =
  "text" | "date" | "time" | "number" | "money" | "count" | "yesNo" | "enum" | "listRef" | "period" | "score";

/** Built-in enumerations (localized constants, not user tables). */
export type EnumName =
  | "purpose"
  | "attendance"
  | "marketCategory"
  | "severity"
  | "status"
  | "complaintType"
  | "customerType"
  | "customerStatus"
  | "calendarKind"
  | "metric"
  | "surveyChannel"
  | "lostReason";

/** Master lists a listRef column can point at. Regions are the distinct Salespeople[Region] values. */
export type ListSource = "salespeople" | "customers" | "dealers" | "products" | "regions";

/** The whole numbers a survey score may take. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

/**
 * One column. The type parameters keep `tables.ts`'s literals (key, type, enumeration), so row types and
 * column keys derive from the schema; `ColumnDef` alone is any column.
 */
export interface ColumnDef<
  K extends string = string,
  T extends ColumnType = ColumnType,
  E extends EnumName = EnumName,
> {
  /** The English header in lowerCamelCase: `Order amount` → `orderAmount`. */
  readonly key: K;
  readonly header: Localized;
  /** Headers earlier versions wrote (e.g. 主管签核 before sign-off was 核签 everywhere): still read as this column. */
  readonly formerHeaders?: readonly string[];
  readonly type: T;
  readonly required: boolean;
  readonly enumName?: E;
  readonly list?: ListSource;
  /** Excel number format code, e.g. `yyyy-mm-dd`, `#,##0.00`, `@`. */
  readonly format: string;
  /** Column width in characters (Excel's "standard character" unit). */
  readonly width: number;
  /** The scale of a `score` column, both ends included (SPEC §8.1: 1–5, Recommend 0–10). */
  readonly scale?: ScoreScale;
  /** Input message shown by Excel data validation on the column. */
  readonly input: Localized;
}

/** One template table; the type parameters keep its literal name and columns (see `ColumnDef`). */
export interface TableDef<N extends string = TableName, C extends ColumnDef = ColumnDef> {
  readonly name: N;
  /** Worksheet name in each language; both are recognised when looking for the sheet. */
  readonly sheet: Localized;
  readonly columns: readonly C[];
  /** Column keys that together must be unique (E04); empty when the table has no key. */
  readonly uniqueKey: readonly C["key"][];
}

/** One value of a built-in enumeration. */
export interface EnumValue<K extends string = string> {
  readonly key: K;
  readonly label: Localized;
}
