/**
 * A template column whose header was renamed (Salesperson → Rep) still holds its data under the new
 * header. Running Set up would then add an empty column of the old name at the right and every row
 * would lose its salesperson; so both the reader's error and Set up name the likely column instead and
 * ask for the old header back.
 */
import { localizedError } from "../errors";
import type { ColumnDef, TableDef } from "../schema/types";
import { matchKey } from "../text/fold";

/** A template column that is missing, and the header that stands where it was. */
export interface RenamedColumn {
  readonly column: ColumnDef;
  /** The header found in its place, as typed. */
  readonly header: string;
}

/**
 * The missing columns of `def` whose place in `headers` holds exactly one header SalesPace does not
 * know: between the nearest template columns before and after it that are there, nothing else is
 * missing and one unknown header stands. Extra columns people added elsewhere do not count.
 *
 * @example likelyRenamedColumns(DAILY_REPORT, ["Date", "Rep", "Attendance", …])[0].header === "Rep"
 */
export function likelyRenamedColumns(def: TableDef, headers: readonly unknown[]): RenamedColumn[] {
  const columnOfHeader = headers.map((header) => {
    const key = matchKey(String(header ?? ""));
    if (key === "") return -2;
    return def.columns.findIndex((c) => matchKey(c.header.en) === key || matchKey(c.header.zh) === key);
  });
  const positionOf = def.columns.map((_, c) => columnOfHeader.indexOf(c));
  const found: RenamedColumn[] = [];
  def.columns.forEach((column, c) => {
    if (positionOf[c] >= 0) return;
    let before = c - 1;
    while (before >= 0 && positionOf[before] < 0) before--;
    let after = c + 1;
    while (after < def.columns.length && positionOf[after] < 0) after++;
    // Exactly this one column missing between its present neighbours…
    if (after - before !== 2) return;
    const from = before < 0 ? 0 : positionOf[before] + 1;
    const to = after >= def.columns.length ? headers.length : positionOf[after];
    if (to <= from) return;
    // …and exactly one unknown header standing between them.
    const unknown = [];
    for (let i = from; i < to; i++) if (columnOfHeader[i] === -1) unknown.push(i);
    if (unknown.length === 1 && to - from === 1) found.push({ column, header: String(headers[unknown[0]]) });
  });
  return found;
}

/**
 * @throws SalesPaceError ColumnMissing naming the likely renamed column of a table, with what to
 *   rename it back to, when there is one.
 */
export function ensureNoRenamedColumns(def: TableDef, sheet: string, headers: readonly unknown[]): void {
  const [renamed] = likelyRenamedColumns(def, headers);
  if (renamed === undefined) return;
  throw localizedError("ColumnMissing", "error.ColumnRenamed", {
    table: def.name,
    sheet,
    column: renamed.column.header.en,
    columnZh: renamed.column.header.zh,
    likely: renamed.header,
  });
}
