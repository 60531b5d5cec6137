/**
 * Test helper: which mistake turned a clean demo row into its messy twin. Clean and messy demo data of
 * the same seed have the same rows; a row that differs must differ the way exactly one kind says.
 */
import type { MistakeKind } from "../../../src/core/demo";
import type { CellValue } from "../../../src/core/plan/types";
import type { TableName } from "../../../src/core/schema/types";
import { toHalfWidth } from "../../../src/core/text/fold";
import { colOf } from "./tables";

export interface Spoiled {
  readonly table: TableName;
  /** 0-based index of the data row. */
  readonly index: number;
  readonly kind: MistakeKind;
  /** Column key the mistake is in. */
  readonly column: string;
}

const READABLE_DATE = /^\d{4}(\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日)$/;
const YEARLESS_DATE = /^\d{1,2}(\/\d{1,2}|月\d{1,2}日)$/;
const FULL_WIDTH_NUMBER = /^[０-９．]+$/;

function oneSubstitutionOrDrop(clean: string, messy: string): boolean {
  const a = Array.from(clean);
  const b = Array.from(messy);
  if (b.length === a.length - 1) return clean.startsWith(messy);
  if (a.length !== b.length) return false;
  return a.filter((ch, i) => ch !== b[i]).length === 1;
}

/** The kind of mistake in one changed cell, or a description of what is wrong with the change. */
function kindOfChange(column: string, clean: CellValue, messy: CellValue): MistakeKind | string {
  if (messy === null) return column === "approvedBy" ? "missingSignOff" : "requiredBlank";
  if (column === "date" && typeof messy === "string") {
    if (READABLE_DATE.test(messy)) return "textDate";
    if (YEARLESS_DATE.test(messy)) return "unreadableDate";
  }
  if (column === "orderAmount" && typeof messy === "string" && FULL_WIDTH_NUMBER.test(messy)) {
    return Number(toHalfWidth(messy)) === clean ? "fullWidthAmount" : "full-width digits of another number";
  }
  if (typeof messy === "number" && typeof clean === "number" && messy === -clean && clean > 0)
    return "negativeAmount";
  if (column === "customer" && typeof messy === "string" && typeof clean === "string") {
    if (messy !== clean && messy.trim() === clean) return "customerSpaces";
    if (messy !== clean && toHalfWidth(messy) === toHalfWidth(clean)) return "customerVariant";
    if (oneSubstitutionOrDrop(clean, messy)) return "misspelledCustomer";
  }
  const sameAnswer = [
    ["Y", "是"],
    ["N", "否"],
  ].some((pair) => pair.includes(String(clean)) && pair.includes(String(messy)) && clean !== messy);
  if (column === "newOutlet" && sameAnswer) return "yesNoOtherLanguage";
  return `unexpected change in ${column}: ${String(clean)} → ${String(messy)}`;
}

/**
 * Every spoiled row of a table, with its kind. Throws when a row changed in a way no kind explains or
 * carries more than one mistake (a sign-off clears Approved by with its date or comment: one mistake).
 */
export function spoiledRows(
  table: TableName,
  clean: CellValue[][],
  messy: CellValue[][],
  keys: string[],
): Spoiled[] {
  if (clean.length !== messy.length)
    throw new Error(`${table}: ${clean.length} clean rows, ${messy.length} messy`);
  const companions = new Set(["approvedOn", "comment"]);
  const spoiled: Spoiled[] = [];
  clean.forEach((row, index) => {
    const changed = keys.filter((key) => row[colOf(table, key)] !== messy[index][colOf(table, key)]);
    if (changed.length === 0) return;
    const main = changed.filter((key) => !(companions.has(key) && changed.includes("approvedBy")));
    if (main.length !== 1)
      throw new Error(`${table} row ${index}: ${main.length} cells changed (${main.join(", ")})`);
    const column = main[0];
    const kind = kindOfChange(column, row[colOf(table, column)], messy[index][colOf(table, column)]);
    if (kind.includes(" ")) throw new Error(`${table} row ${index}: ${kind}`);
    spoiled.push({ table, index, kind: kind as MistakeKind, column });
  });
  return spoiled;
}
