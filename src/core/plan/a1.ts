/**
 * A1 addresses for plans: column letters, cells, rectangles and sheet-qualified references.
 * Rows are 1-based (as a person reads them); columns are 0-based indexes (A = 0).
 */

/**
 * The column letters of a 0-based column index.
 *
 * @example columnLetter(0) === "A"; columnLetter(27) === "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `cell(6, 2)` → `C6`. */
export function cell(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `absoluteCell(6, 2)` → `$C$6`. */
export function absoluteCell(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** A rectangle from its top-left cell and size: `rect(6, 2, 3, 2)` → `C6:D8`. */
export function rect(row: number, column: number, rows: number, columns: number): string {
  const topLeft = cell(row, column);
  return rows === 1 && columns === 1 ? topLeft : `${topLeft}:${cell(row + rows - 1, column + columns - 1)}`;
}

/**
 * A sheet name quoted for a reference: always in single quotes, with `'` doubled, which Excel and
 * LibreOffice accept for every name (Chinese names and names with spaces need the quotes).
 *
 * @example quoteSheet("Tom's plan") === "'Tom''s plan'"
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `sheetReference("Daily Report", "D7")` → `'Daily Report'!D7`. */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** Rows and columns a plain A1 rectangle covers (`B3:F20` → 18 × 5). */
export function rectSize(address: string): { rows: number; columns: number } {
  const [from, to = from] = address.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  return { rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

/** `D7` → row 7, column 3. */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}
