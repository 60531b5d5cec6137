/**
 * E04: duplicate keys. Two rows are the same when their key columns hold the same entry once
 * normalized (a list reference by its entry, text by its matchKey, a period by its canonical
 * text), so `S001` and `王伟` or `2026-w48` and `2026-W48` collide as a person would expect.
 */
import { parsePeriod } from "../periods";
import { TABLES } from "../schema/tables";
import type { ColumnDef } from "../schema/types";
import { matchKey } from "../text/fold";
import { rowsOf, type AnyRow } from "./bookRows";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** A key column's normalized value; null when the row has no usable key (left to E01). */
type KeyPart = (row: AnyRow) => string | number | null;

function keyPart(column: ColumnDef, nameId: RuleContext["nameId"]): KeyPart {
  const { key, list, required } = column;
  return (row) => {
    const value = row[key];
    if (value === null || value === undefined) return required || row.unreadable.has(key) ? null : "";
    if (typeof value === "number") return value;
    if (typeof value !== "string") return String(value);
    if (column.type === "listRef" && list !== undefined) return nameId(list, value);
    if (column.type === "period") return parsePeriod(value)?.text ?? matchKey(value);
    if (column.type === "time" || column.type === "enum") return value;
    return matchKey(value);
  };
}

/** E04 on every row whose key repeats an earlier row's, naming that first row. */
export function duplicateKeyRule({ book, nameId }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const def of TABLES) {
    if (def.uniqueKey.length === 0) continue;
    const parts = def.uniqueKey.map((k) => {
      const column = def.columns.find((c) => c.key === k);
      if (column === undefined) throw new Error(`Unique key column ${k} is not in table ${def.name}`);
      return keyPart(column, nameId);
    });
    const firstRow = new Map<string, number>();
    rows: for (const row of rowsOf(book, def.name)) {
      // Parts are short (numbers for list entries and dates), so the joined key stays small.
      let key = "";
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i](row);
        if (part === null) continue rows;
        key += i === 0 ? part : "\u0000" + part;
      }
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row.row);
      else
        findings.push(
          findingAt(
            "E04",
            { table: def.name, row: row.row, column: null, value: null },
            { args: { firstRow: first } },
          ),
        );
    }
  }
  return findings;
}
