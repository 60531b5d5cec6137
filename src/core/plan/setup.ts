/**
 * The set-up plan (SPEC §1, §1.7): every template sheet and table with headers in the workbook
 * language, widths, number formats, a frozen header row, an input message on each column and Excel
 * data validation bound to the master lists and enumerations.
 */
import { ENUMS, YES_NO } from "../schema/enums";
import {
  type ColumnHeaders,
  type HeaderRow,
  type TableHeaders,
  columnHeadersOf,
  templateHeaders,
} from "../read/columnHeaders";
import { SCHEMA_VERSION, TABLES } from "../schema/tables";
import type { ColumnDef, ColumnKey, Lang, ListSource, TableName } from "../schema/types";
import { cell } from "./a1";
import { sheetPage } from "./pages";
import { columnRef } from "./tableRefs";
import { templatePlacements } from "./templateLayout";
import type { ColumnPlan, InputSheetPlan, NamePlan, SetupPlan, ValidationPlan } from "./types";

/** Excel rejects a comma-separated list source longer than this. */
export const LIST_SOURCE_LIMIT = 255;

/** A dropdown's defined name: which template column it lists. */
/** A defined name over one column of one table (the column is a key of that table's schema). */
export type ListName = {
  readonly [T in TableName]: {
    readonly name: string;
    readonly table: T;
    readonly column: ColumnKey<T>;
    readonly comment: string;
  };
}[TableName];

/**
 * Excel's limits on data-validation texts: an input message's title 32 and text 255 characters, an error
 * alert's text 225 (MS-XLS DValStrings; https://learn.microsoft.com/javascript/api/excel/excel.datavalidationprompt).
 */
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

/**
 * Workbook names that list validation points at. Excel's list validation cannot take a structured
 * reference directly, but it takes a defined name whose formula is one; the formula is spelled with
 * the column's header as the table has it after set-up (listNamePlans).
 *
 * Regions have no table of their own: they are the distinct Salespeople[Region] values, and a
 * distinct list needs dynamic arrays (UNIQUE), which older Excel and LibreOffice lack. The name
 * SP_Regions therefore points at the Region column itself: Excel accepts exactly the regions in
 * use, but its dropdown repeats a region once per salesperson. Validate (E03) is the real check.
 */
export const LIST_NAMES: Readonly<Record<ListSource, ListName>> = {
  salespeople: {
    name: "SP_Salespeople",
    table: "Salespeople",
    column: "name",
    comment: "SalesPace: salesperson dropdowns",
  },
  customers: {
    name: "SP_Customers",
    table: "Customers",
    column: "name",
    comment: "SalesPace: customer dropdowns",
  },
  // Dealers are customers (of type Dealer); a type-filtered list would need dynamic arrays.
  dealers: {
    name: "SP_Customers",
    table: "Customers",
    column: "name",
    comment: "SalesPace: customer dropdowns",
  },
  products: {
    name: "SP_Products",
    table: "Products",
    column: "name",
    comment: "SalesPace: product dropdowns",
  },
  regions: {
    name: "SP_Regions",
    table: "Salespeople",
    column: "region",
    comment: "SalesPace: region dropdowns (repeats a region once per salesperson)",
  },
};

/**
 * The headers every template table has once set-up has run: the headers found stay as they are (in
 * whatever language or spelling), and the columns and tables set-up adds get their `lang` header.
 *
 * @example headersAfterSetup("en", columnHeadersOf([{ table: "Products", sheet: "基础资料", headers: ["产品名称"] }])).Products?.byKey
 *   // { code: "Code", name: "产品名称", category: "Category", unitPrice: "Unit price", unitCost: "Unit cost" }
 */
export function headersAfterSetup(lang: Lang, found: ColumnHeaders): ColumnHeaders {
  const planned = templateHeaders(lang);
  const after: Partial<Record<TableName, TableHeaders>> = {};
  for (const def of TABLES) {
    const fresh = planned[def.name] as TableHeaders;
    const existing = found[def.name];
    after[def.name] = existing
      ? { sheet: existing.sheet, byKey: { ...fresh.byKey, ...existing.byKey } }
      : fresh;
  }
  return after;
}

/** The dropdown names, each a structured reference spelled with `headers` (one plan per name). */
export function listNamePlans(headers: ColumnHeaders): NamePlan[] {
  const plans = new Map<string, NamePlan>();
  for (const list of Object.values(LIST_NAMES)) {
    if (plans.has(list.name)) continue;
    plans.set(list.name, {
      name: list.name,
      formula: `=${columnRef(headers, list.table, list.column)}`,
      comment: list.comment,
    });
  }
  return [...plans.values()];
}

/**
 * The rule for a column. Lists only warn: an ID typed instead of a name, a label in the other language
 * and Y/N written as 是/否 or Yes/No are all accepted (SPEC §1.1), so refusing them would be wrong. Dates,
 * times and numbers stop a value that cannot be one.
 */
function validationOf(lang: Lang, column: ColumnDef): ValidationPlan | null {
  const rule = ruleOf(lang, column);
  if (rule === null) return null;
  return { ...rule, alert: rule.type === "list" ? "warning" : "stop" } as ValidationPlan;
}

type Rule = ValidationPlan extends infer P ? (P extends unknown ? Omit<P, "alert"> : never) : never;

function ruleOf(lang: Lang, column: ColumnDef): Rule | null {
  switch (column.type) {
    case "enum": {
      const source = ENUMS[column.enumName ?? "metric"].map((v) => v.label[lang]).join(",");
      if (source.length > LIST_SOURCE_LIMIT) {
        throw new Error(
          `List of ${column.key} is ${source.length} characters; Excel allows ${LIST_SOURCE_LIMIT}`,
        );
      }
      return { type: "list", source };
    }
    case "listRef":
      return column.list ? { type: "list", source: `=${LIST_NAMES[column.list].name}` } : null;
    case "date":
      return { type: "date" };
    case "time":
      return { type: "time" };
    case "money":
      return { type: "decimal", min: 0 };
    case "count":
      return { type: "wholeNumber", min: 0 };
    case "yesNo":
      return { type: "list", source: `${YES_NO.yes[lang]},${YES_NO.no[lang]}` };
    case "score": {
      // A dropdown of the scale's points: Excel enters the picked point as a number.
      const { min, max } = column.scale ?? { min: 1, max: 5 };
      const points = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      return { type: "list", source: points.join(",") };
    }
    default:
      // Free text, period text, and plain numbers (a gross margin may be negative) get no rule.
      return null;
  }
}

function columnPlan(lang: Lang, column: ColumnDef): ColumnPlan {
  const other: Lang = lang === "en" ? "zh" : "en";
  const validation = validationOf(lang, column);
  return {
    key: column.key,
    header: column.header[lang],
    altHeaders: [column.header[other], ...(column.formerHeaders ?? [])],
    width: column.width,
    numberFormat: column.format,
    validation,
    inputMessage: {
      title: column.header[lang].slice(0, TITLE_MAX),
      message: column.input[lang].slice(0, PROMPT_MAX),
    },
    errorMessage: validation && {
      title: column.header[lang].slice(0, TITLE_MAX),
      message: column.input[lang].slice(0, ERROR_MAX),
    },
  };
}

/**
 * The plan that "Set up workbook" applies: all template sheets, tables and dropdown names, labelled
 * in `lang` (the other language's names are recognised as the same sheets and columns). `found` is
 * the header rows of the template tables the workbook already has: the dropdown names refer to the
 * columns by the headers they will have after set-up (found ones kept, added ones in `lang`).
 *
 * @example buildSetupPlan("zh", []).sheets[0].name === "基础资料"
 */
export function buildSetupPlan(lang: Lang, found: readonly HeaderRow[]): SetupPlan {
  const other: Lang = lang === "en" ? "zh" : "en";
  const sheets: InputSheetPlan[] = templatePlacements().map((group) => ({
    name: group[0].def.sheet[lang],
    altNames: [group[0].def.sheet[other]],
    freezeHeader: true,
    page: sheetPage(Math.max(...group.map((g) => g.headerRow))),
    tables: group.map(({ def, firstColumn, headerRow }) => ({
      table: def.name,
      anchor: cell(headerRow, firstColumn),
      columns: def.columns.map((c) => columnPlan(lang, c)),
      style: def.sheet.en === "Lists" ? "TableStyleLight9" : "TableStyleMedium2",
    })),
  }));
  const names = listNamePlans(headersAfterSetup(lang, columnHeadersOf(found)));
  return { lang, schemaVersion: SCHEMA_VERSION, sheets, names };
}
