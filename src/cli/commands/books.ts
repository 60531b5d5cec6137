/** The workbook arguments of the commands over many books (consolidate, export). */
import { basename, resolve } from "node:path";
import { SalesPaceError } from "../../core/errors";

const bad = (message: string): SalesPaceError => new SalesPaceError("BadArgument", message);

function checkXlsx(path: string): void {
  if (!/\.xlsx$/i.test(path)) throw bad(`${path}: not an .xlsx file name.`);
}

/**
 * The input books: at least one, each an .xlsx name, none given twice and none the output.
 * @throws SalesPaceError BadArgument saying which argument is wrong.
 */
export function inputBooks(command: string, books: readonly string[], out: string | null): string[] {
  if (books.length === 0) throw bad(`${command} needs at least one workbook to read (see --help).`);
  const seen = new Set<string>();
  for (const path of books) {
    checkXlsx(path);
    const full = resolve(path);
    if (seen.has(full)) throw bad(`${path} is given twice; give each workbook once.`);
    if (out !== null && full === resolve(out)) {
      throw bad(`${path} is both an input and the output; write the company workbook to another file.`);
    }
    seen.add(full);
  }
  return [...books];
}

/** `consolidate OUT.xlsx BOOK.xlsx…`: the output first, then the books. */
export function bookPaths(command: string, positionals: readonly string[]): { out: string; books: string[] } {
  const [out, ...books] = positionals;
  if (out === undefined) throw bad(`${command} needs OUT.xlsx and at least one BOOK.xlsx (see --help).`);
  checkXlsx(out);
  return { out, books: inputBooks(command, books, out) };
}

/** How warnings and the company workbook name each book: its file name, or its path where two share one. */
export function bookLabels(books: readonly string[]): string[] {
  const names = books.map((p) => basename(p));
  return books.map((p, i) => (names.indexOf(names[i]) !== names.lastIndexOf(names[i]) ? p : names[i]));
}

/** A book's own error, said with the book's name first (still one line); other errors as they are. */
export function namingBook(path: string, error: unknown): unknown {
  if (!(error instanceof SalesPaceError) || error.message.startsWith(path)) return error;
  return new SalesPaceError(error.code, `${path}: ${error.message}`, error.detail, error.args);
}
