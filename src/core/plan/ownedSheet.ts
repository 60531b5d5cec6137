/** Shared shape of the add-in-owned sheets: names in both languages, the tab colour, empty parts. */
import { translate } from "../i18n";
import type { Lang } from "../schema/types";
import type { CellValue, OwnedSheetKind, OwnedSheetPlan, RangeWrite } from "./types";
import { rect } from "./a1";
import { fitColumnWidths } from "./columnWidths";
import { sheetPage } from "./pages";

/** Tab colour of every sheet the add-in owns (Fluent's brand blue). */
export const OWNED_TAB_COLOR = "#0F6CBD";

const NAME_KEY = {
  scorecard: "sheet.scorecard",
  pivots: "sheet.pivots",
  facts: "sheet.facts",
  efficiency: "sheet.efficiency",
  weekly: "sheet.weekly",
  customers: "sheet.customers",
  validation: "sheet.validation",
} as const satisfies Record<OwnedSheetKind, string>;

/** The sheet name of an owned sheet in `lang`. */
export function ownedSheetName(kind: OwnedSheetKind, lang: Lang): string {
  return translate(lang, NAME_KEY[kind]);
}

/**
 * Every owned sheet's name in every language: a sheet under one of these names is the add-in's and
 * is replaced as a whole by a rebuild.
 *
 * @example ownedSheetNames().includes("目标达成") === true
 */
export function ownedSheetNames(): string[] {
  return (Object.keys(NAME_KEY) as OwnedSheetKind[]).flatMap((kind) => [
    ownedSheetName(kind, "en"),
    ownedSheetName(kind, "zh"),
  ]);
}

/**
 * An owned sheet with nothing on it yet; `parts` fill it in. It prints landscape, one page wide, with its
 * frozen header rows repeated on every page (unless `parts.page` says otherwise).
 */
export function ownedSheet(
  kind: OwnedSheetKind,
  lang: Lang,
  parts: Partial<Omit<OwnedSheetPlan, "kind" | "name" | "altNames" | "tabColor">>,
): OwnedSheetPlan {
  const page = sheetPage(parts.freeze?.rows ?? 0);
  const columnWidths = fitColumnWidths(parts.columnWidths ?? [], parts.writes ?? [], parts.tables ?? []);
  return {
    kind,
    name: ownedSheetName(kind, lang),
    altNames: [ownedSheetName(kind, lang === "en" ? "zh" : "en")],
    freeze: null,
    writes: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    pivots: [],
    hyperlinks: [],
    tabColor: OWNED_TAB_COLOR,
    page,
    ...parts,
    columnWidths,
  };
}

/** A one-cell write. */
export function cellWrite(
  address: string,
  value: CellValue,
  style: RangeWrite["style"],
  text = false,
): RangeWrite {
  return { address, values: [[value]], style, ...(text ? { text } : {}) };
}

/** A block of values whose top-left is (row, column); its address follows from its shape. */
export function blockWrite(
  row: number,
  column: number,
  values: readonly (readonly CellValue[])[],
  options: Omit<RangeWrite, "address" | "values"> = {},
): RangeWrite {
  return { address: rect(row, column, values.length, values[0]?.length ?? 1), values, ...options };
}
