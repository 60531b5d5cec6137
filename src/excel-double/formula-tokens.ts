/**
 * A small tokenizer for A1-style formulas as the en-US `Range.formulas` property takes them
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member):
 * enough of Excel's grammar for the double to check what the add-in writes — function calls, cell and
 * sheet-qualified references, structured references with their `'` escapes, defined names, strings,
 * numbers, error literals and array constants. It does not evaluate anything.
 *
 * Grammar sources: structured references
 * (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e),
 * names (https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64),
 * sheet references with quotes doubled inside quoted sheet names.
 */

export type FormulaToken =
  | { readonly kind: "function"; readonly name: string }
  | { readonly kind: "open" }
  | { readonly kind: "close" }
  | { readonly kind: "separator" }
  | { readonly kind: "operator"; readonly text: string }
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "array"; readonly text: string }
  | { readonly kind: "cell"; readonly text: string }
  | { readonly kind: "sheet"; readonly name: string }
  /** `Table[…]`; `table` is null for the implicit form `[@Column]`. `items` are the specifiers. */
  | { readonly kind: "structured"; readonly table: string | null; readonly items: readonly StructuredItem[] }
  | { readonly kind: "name"; readonly name: string };

/** One part of a structured reference: a special item (`#Data`), or a column (`@` = this row). */
export type StructuredItem =
  | { readonly kind: "special"; readonly item: string }
  | { readonly kind: "column"; readonly column: string; readonly thisRow: boolean };

/** A formula Excel could not parse: unbalanced quotes, brackets or parentheses, a stray character. */
export class FormulaSyntaxError extends Error {}

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", ":"];
const NAME_START = /[\p{L}_\\$]/u;
const NAME_PART = /[\p{L}\p{N}_.\\$?]/u;
/** A1 cell reference, each part optionally absolute; columns A–XFD, rows 1–1,048,576. */
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
/** A whole-column part of a range such as `A:A` or `$B:$D`. */
const COLUMN = /^\$?[A-Za-z]{1,3}$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True for `A1`…`XFD1048576` (with or without `$`). */
export function isCellReference(text: string): boolean {
  const match = CELL.exec(text);
  if (!match) return false;
  const row = Number(match[2]);
  return columnNumber(match[1]) <= 16_384 && row >= 1 && row <= 1_048_576;
}

/** Removes the `'` escapes of a structured reference's column name (`Order '#` → `Order #`). */
function unescapeColumn(text: string): string {
  return text.replace(/'(.)/gu, "$1");
}

/** The text between a structured reference's outer brackets, from `start` (just after `[`). */
function bracketBody(formula: string, start: number): { body: string; end: number } {
  let depth = 1;
  let i = start;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") i += 2;
    else {
      if (ch === "[") depth++;
      else if (ch === "]" && --depth === 0) return { body: formula.slice(start, i), end: i + 1 };
      i++;
    }
  }
  throw new FormulaSyntaxError("A structured reference has no closing ].");
}

function itemOf(text: string): StructuredItem {
  const trimmed = text.trim();
  if (trimmed.startsWith("#")) return { kind: "special", item: trimmed };
  if (trimmed.startsWith("@")) {
    const rest = trimmed.slice(1).trim();
    const column = rest.startsWith("[") && rest.endsWith("]") ? rest.slice(1, -1) : rest;
    return { kind: "column", column: unescapeColumn(column), thisRow: true };
  }
  return { kind: "column", column: unescapeColumn(text), thisRow: false };
}

/** The specifiers of `Table[body]`: one plain column, one special item, or `[a],[b]` / `[a]:[b]` lists. */
export function structuredItems(body: string): StructuredItem[] {
  const trimmed = body.trim();
  if (trimmed === "") return [];
  if (!trimmed.startsWith("[")) return [itemOf(body)];
  const items: StructuredItem[] = [];
  let i = body.indexOf("[");
  while (i < body.length) {
    const ch = body[i];
    if (ch === "[") {
      const { body: inner, end } = bracketBody(body, i + 1);
      items.push(itemOf(inner));
      i = end;
    } else if (ch === "," || ch === ":" || ch === " ") i++;
    else if (ch === "@" && items.length === 0) {
      // `[@[Column]]`: this row of one column.
      const { body: inner, end } = bracketBody(body, body.indexOf("[", i) + 1);
      items.push({ kind: "column", column: unescapeColumn(inner), thisRow: true });
      i = end;
    } else throw new FormulaSyntaxError(`Unexpected "${ch}" in a structured reference.`);
  }
  return items;
}

function afterColon(tokens: readonly FormulaToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last?.kind === "operator" && last.text === ":";
}

/**
 * The tokens of `formula` (with or without its leading `=`).
 * @throws FormulaSyntaxError when the text is not a formula Excel could parse.
 * @example tokenize('=SUMIFS(DailyReport[订货金额],$B6,"王伟")')
 */
export function tokenize(formula: string): FormulaToken[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError("A text in quotes is not closed.");
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      tokens.push({ kind: "string", text: value });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError("A quoted sheet name is not closed.");
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += text[j++];
      }
      if (text[j + 1] !== "!") throw new FormulaSyntaxError(`'${name}' is not followed by !.`);
      tokens.push({ kind: "sheet", name });
      i = j + 2;
    } else if (ch === "#") {
      const error = ERRORS.find((e) => text.toUpperCase().startsWith(e, i));
      if (!error) throw new FormulaSyntaxError(`Unknown error value at "${text.slice(i, i + 8)}".`);
      tokens.push({ kind: "error", text: error });
      i += error.length;
    } else if (ch === "{") {
      const end = text.indexOf("}", i);
      if (end < 0) throw new FormulaSyntaxError("An array constant is not closed.");
      tokens.push({ kind: "array", text: text.slice(i, end + 1) });
      i = end + 1;
    } else if (ch === "[") {
      const { body, end } = bracketBody(text, i + 1);
      tokens.push({ kind: "structured", table: null, items: structuredItems(body) });
      i = end;
    } else if (ch === "(") {
      tokens.push({ kind: "open" });
      i++;
    } else if (ch === ")") {
      tokens.push({ kind: "close" });
      i++;
    } else if (ch === "," || ch === ";") {
      if (ch === ";") throw new FormulaSyntaxError("`;` separates arguments only in formulasLocal.");
      tokens.push({ kind: "separator" });
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const match = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
      if (!match) throw new FormulaSyntaxError(`Stray "${ch}".`);
      // A row range such as 3:5 is a number, ":" and a number here: nothing the double checks.
      tokens.push({ kind: "number", text: match[0] });
      i += match[0].length;
    } else if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < text.length && NAME_PART.test(text[j])) j++;
      const word = text.slice(i, j);
      const next = text[j];
      if (next === "(") tokens.push({ kind: "function", name: word });
      else if (next === "[") {
        const { body, end } = bracketBody(text, j + 1);
        tokens.push({ kind: "structured", table: word, items: structuredItems(body) });
        j = end;
      } else if (next === "!") {
        tokens.push({ kind: "sheet", name: word });
        j++;
      } else if (isCellReference(word) || (COLUMN.test(word) && (next === ":" || afterColon(tokens)))) {
        tokens.push({ kind: "cell", text: word });
      } else tokens.push({ kind: "name", name: word });
      i = j;
    } else {
      const operator = OPERATORS.find((op) => text.startsWith(op, i));
      if (!operator) throw new FormulaSyntaxError(`Stray "${ch}".`);
      tokens.push({ kind: "operator", text: operator });
      i += operator.length;
    }
  }
  return tokens;
}
