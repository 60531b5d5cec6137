/**
 * References between sheets, as Excel keeps them: a formula or a defined name that names another sheet
 * (`=Scorecard!D6`, `='Daily Report'!$A$1`) or a table (`=SUM(SP_Facts[Amount])`) follows that sheet or
 * table when it is renamed, and turns into `#REF!` when it is deleted. A new sheet or table of the old
 * name does not repair it: the link is to the object, not to its name. Excel shows the broken part as
 * `#REF!` (`=#REF!D6`, `=SUM(#REF!)`); the #REF! error is "a cell reference is not valid", e.g. after
 * deleting what it referred to:
 * https://learn.microsoft.com/javascript/api/excel/excel.referrorcellvaluesubtype
 * Renaming a sheet updates the formulas and names that refer to it (what Excel does when a sheet tab
 * is renamed; a defined name's RefersTo follows it too).
 *
 * Scanning is deliberately small: string literals are skipped, a sheet prefix is `'quoted'!` or a bare
 * name followed by `!`, a structured reference is a table name followed by `[`. Chart series, data
 * validation and conditional-format formulas are not tracked.
 */

/** How Excel spells a sheet in a reference: bare when it is a plain name, else quoted with `'` doubled. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/** Rewrites every sheet prefix outside string literals with `replace(sheet)` (null keeps it). */
function rewriteSheetPrefixes(formula: string, replace: (sheet: string) => string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = skipString(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j] === "'" && formula[j + 1] === "!") {
        const replaced = replace(name);
        out += replaced ?? formula.slice(i, j + 2);
        i = j + 2;
        continue;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const bare = /^[\p{L}_][\p{L}\p{N}_.]*!/u.exec(formula.slice(i));
    const before = i === 0 ? "" : formula[i - 1];
    if (bare && !/[\p{L}\p{N}_.#]/u.test(before)) {
      const name = bare[0].slice(0, -1);
      const replaced = replace(name);
      out += replaced ?? bare[0];
      i += bare[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function skipString(formula: string, start: number): number {
  let j = start + 1;
  while (j < formula.length) {
    if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
    else if (formula[j] === '"') return j + 1;
    else j++;
  }
  return j;
}

/** End (exclusive) of the bracketed part that starts at `open` (`[`), nested brackets included. */
function bracketEnd(formula: string, open: number): number {
  let depth = 0;
  for (let j = open; j < formula.length; j++) {
    if (formula[j] === "'" && j + 1 < formula.length) {
      j++; // an escaped character inside a structured reference
      continue;
    }
    if (formula[j] === "[") depth++;
    else if (formula[j] === "]" && --depth === 0) return j + 1;
  }
  return formula.length;
}

function rewriteTableReferences(formula: string, table: string, replace: (ref: string) => string): string {
  const key = table.toLowerCase();
  let out = "";
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = skipString(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const word = /^[\p{L}_\\][\p{L}\p{N}_.]*\[/u.exec(formula.slice(i));
    const before = i === 0 ? "" : formula[i - 1];
    if (word && !/[\p{L}\p{N}_.!]/u.test(before) && word[0].slice(0, -1).toLowerCase() === key) {
      const end = bracketEnd(formula, i + word[0].length - 1);
      out += replace(formula.slice(i, end));
      i = end;
      continue;
    }
    out += formula[i++];
  }
  return out;
}

/** `=Scorecard!D6` after Scorecard is deleted: `=#REF!D6`. */
export function breakSheet(formula: string, sheet: string): string {
  const key = sheet.toLowerCase();
  return rewriteSheetPrefixes(formula, (name) => (name.toLowerCase() === key ? "#REF!" : null));
}

/** `=Scorecard!D6` after Scorecard is renamed to 目标达成: `=目标达成!D6`. */
export function renameSheet(formula: string, from: string, to: string): string {
  const key = from.toLowerCase();
  return rewriteSheetPrefixes(formula, (name) => (name.toLowerCase() === key ? sheetPrefix(to) : null));
}

/** `=SUM(SP_Facts[Amount])` after the table is deleted: `=SUM(#REF!)`. */
export function breakTable(formula: string, table: string): string {
  return rewriteTableReferences(formula, table, () => "#REF!");
}

/** `=SUM(Old[Amount])` after the table is renamed: `=SUM(New[Amount])`. */
export function renameTable(formula: string, from: string, to: string): string {
  return rewriteTableReferences(formula, from, (ref) => to + ref.slice(from.length));
}
