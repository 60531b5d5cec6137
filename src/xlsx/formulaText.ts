/**
 * A plan's formula as it is stored in an .xlsx file. Functions newer than Excel 2007 are stored with
 * the `_xlfn.` prefix (ECMA-376 / MS-XLSX "future functions"); Excel shows #NAME? for a bare MAXIFS
 * read from a file, and LibreOffice reads the prefixed name as its own MAXIFS. Office.js takes the
 * formula as typed in the formula bar, so only the .xlsx adapter adds the prefix.
 * https://learn.microsoft.com/office/open-xml/spreadsheet/working-with-formulas
 */
const FUTURE_FUNCTIONS = /(^|[^._A-Za-z0-9])(MAXIFS|MINIFS)\(/g;

/** `=MAXIFS(…)` → `_xlfn.MAXIFS(…)`: the leading `=` dropped, future functions prefixed. */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(FUTURE_FUNCTIONS, "$1_xlfn.$2(");
}
