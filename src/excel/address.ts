/** A1 addresses as Excel returns them (`'Daily Report'!A1:S400001`) and as plans give them (`B3:F20`). */

export interface CellBlock {
  /** 0-based first row and column. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function cell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(text);
  if (!match) throw new Error(`Not an A1 cell: ${text}`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** `Sheet!B3:F20`, `B3:F20` or `B3` → the block (the sheet part is dropped). */
export function parseBlock(address: string): CellBlock {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [first, last] = local.split(":");
  const a = cell(first);
  const b = last === undefined ? a : cell(last);
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

/** The block → `B3:F20` (`B3` for one cell). */
export function blockAddress(block: CellBlock): string {
  const start = `${columnName(block.column)}${block.row + 1}`;
  if (block.rows === 1 && block.columns === 1) return start;
  return `${start}:${columnName(block.column + block.columns - 1)}${block.row + block.rows}`;
}

/** A sheet name as it must appear in a formula: `'Daily Report'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
