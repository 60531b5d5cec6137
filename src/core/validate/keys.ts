/**
 * E04: duplicate keys. Two rows are the same when their key columns hold the same entry once
 * normalized (a list reference by its canonical name, text by its matchKey, a period by its
 * canonical text), so `S001` and `王伟` or `2026-w48` and `2026-W48` collide as a person would expect.
 */
import { parsePeriod } from "../periods";
import { TABLES } from "../schema/tables";
import type { ColumnDef } from "../schema/types";
import { matchKey } from "../text/fold";
import { rowsOf, type AnyRow } from "./bookRows";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

type KeyPart = (row: AnyRow) => string | null;

function keyPart(column: ColumnDef, nameKey: RuleContext["nameKey"]): KeyPart {
  const key = column.key;
  return (row) => {
    const value = row[key];
    if (value === null || value === undefined) return row.unreadable.has(key) ? null : "";
    if (typeof value !== "string") return String(value);
    if (column.type === "listRef" && column.list !== undefined) return nameKey(column.list, value);
    if (column.type === "period") return parsePeriod(value)?.text ?? matchKey(value);
    return matchKey(value);
  };
}

/** E04 on every row whose key repeats an earlier row's, naming that first row. */
export function duplicateKeyRule({ book, nameKey }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const def of TABLES) {
    if (def.uniqueKey.length === 0) continue;
    const columns = def.uniqueKey.map((k) => {
      const column = def.columns.find((c) => c.key === k);
      if (column === undefined) throw new Error(`Unique key column ${k} is not in table ${def.name}`);
      return column;
    });
    const parts = columns.map((c) => keyPart(c, nameKey));
    const firstRow = new Map<string, number>();
    for (const row of rowsOf(book, def.name)) {
      const values: string[] = [];
      let complete = true;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i](row);
        // A missing required key part is E01's (or the reader's) finding, not a duplicate.
        if (part === null || (part === "" && columns[i].required)) {
          complete = false;
          break;
        }
        values.push(part);
      }
      if (!complete) continue;
      const key = values.join("\u0000");
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
