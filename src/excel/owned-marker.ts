/**
 * How SalesPace knows a sheet is its own: a workbook-scoped defined name per owned sheet kind,
 * `SalesPace_owned_<kind>`, pointing at A1 of that sheet. Names live in the file (unlike add-in
 * settings, which are tied to one add-in ID), survive co-authoring, are invisible on the grid, and the
 * .xlsx adapter can write the same. A sheet the .xlsx adapter (the CLI) built carries no such name
 * yet, only the add-in's tab colour; that colour on a sheet of an owned sheet's name also counts.
 * Anything else with an owned sheet's name is someone's work and is never replaced.
 */
import type { OwnedSheetKind } from "../core/plan/types";
import { quoteSheet } from "./address";

export function markerName(kind: OwnedSheetKind): string {
  return `SalesPace_owned_${kind}`;
}

export function markerFormula(sheet: string): string {
  return `=${quoteSheet(sheet)}!$A$1`;
}

/** The sheet a marker formula points at (`='Daily Report'!$A$1` → `Daily Report`), or null. */
export function sheetOfMarker(formula: string): string | null {
  const match = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** Temporary name of the sheet being built; `~` sorts it apart and no template uses it. */
export function temporarySheetName(kind: OwnedSheetKind): string {
  return `~SP tmp ${kind}`;
}

export function temporaryTableName(name: string): string {
  return `${name}_SPnew`;
}

/**
 * True when the sheet's tab colour is the add-in's (Excel reports `#RRGGBB`; case and `#` may vary).
 * A hidden sheet reports null ("if the worksheet is invisible, the value will be null",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-tabcolor-member):
 * its colour proves nothing, so it counts as someone's sheet unless the marker name says otherwise.
 */
export function isOwnedTabColor(actual: string | null, planned: string): boolean {
  const norm = (c: string) => c.replace(/^#/, "").toUpperCase();
  return actual !== null && actual !== "" && norm(actual) === norm(planned);
}
