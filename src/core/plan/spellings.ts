/**
 * How people actually spelled a master-list entry in a column: the canonical name plus the IDs and
 * variants found in the data. Formulas match each spelling, so a row with an ID typed instead of the
 * name counts, as it does in the core (SPEC §1.1).
 */
import type { MasterIndex } from "../lists/types";
import type { ListSource } from "../schema/types";

/** Canonical name → the other spellings found (never the name itself). */
export type Spellings = ReadonlyMap<string, readonly string[]>;

/**
 * Collects the spellings of `list` entries among `texts`. SUMIFS compares text without regard to
 * case, so spellings that differ from each other (or from the name) only in case are kept once —
 * two of them would count the same rows twice.
 *
 * @example spellingsOf(index, "salespeople", book.dailyReport, (r) => r.salesperson) // Map { "王伟" => ["S001"] }
 */
export function spellingsOf<R>(
  index: MasterIndex,
  list: ListSource,
  rows: readonly R[],
  textOf: (row: R) => string | null,
): Spellings {
  const seen = new Set<string>();
  const result = new Map<string, string[]>();
  for (const row of rows) {
    const text = textOf(row);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    const name = index.canonical(list, text);
    if (name === null || text.toLowerCase() === name.toLowerCase()) continue;
    const variants = result.get(name) ?? [];
    if (!variants.some((v) => v.toLowerCase() === text.toLowerCase())) variants.push(text);
    result.set(name, variants);
  }
  return result;
}
