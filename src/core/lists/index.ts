/**
 * Master-list lookups over a read book: salespeople, customers, dealers, products and regions
 * (SPEC §1.1). Lookups are O(1) through maps; suggestions for unknown text are computed on demand
 * and remembered per distinct text, so a misspelt name repeated on 5,000 rows costs one search.
 */
import type { SalesBook } from "../model";
import type { ListSource } from "../schema/types";
import { matchKey } from "../text/fold";
import type { MasterIndex, Resolution } from "./types";
import { candidatePool, closestIn, type CandidatePool } from "./suggest";

export type { MasterIndex, Resolution } from "./types";
export { closest } from "./suggest";

/** One entry as the book holds it: its canonical name and the IDs/codes also accepted for it. */
interface Entry {
  readonly name: string;
  readonly id: string | null;
}

/** The lookups for one list. */
class ListLookup {
  private readonly byName = new Map<string, string>();
  private readonly byId = new Map<string, string>();
  private readonly byFolded = new Map<string, string>();
  private readonly unknown = new Map<string, Resolution>();
  private pool: CandidatePool | null = null;
  readonly names: readonly string[];

  constructor(entries: readonly Entry[]) {
    const names: string[] = [];
    // First entry wins on a duplicate name or ID: the duplicate is itself an E04 finding, and the
    // workbook order is what the person sees first.
    for (const { name } of entries) {
      if (this.byName.has(name)) continue;
      this.byName.set(name, name);
      names.push(name);
    }
    for (const { name, id } of entries) if (id !== null) setIfAbsent(this.byId, id, name);
    // Folded names take precedence over folded IDs: a name is what people type.
    for (const { name } of entries) setIfAbsent(this.byFolded, matchKey(name), name);
    for (const { name, id } of entries) if (id !== null) setIfAbsent(this.byFolded, matchKey(id), name);
    this.names = names;
  }

  /** The canonical name for `text` (exact name, ID, or a folded variant of either), else null. */
  find(text: string): string | null {
    return this.byName.get(text) ?? this.byId.get(text) ?? this.byFolded.get(matchKey(text)) ?? null;
  }

  resolve(text: string): Resolution {
    const exact = this.byName.get(text);
    if (exact !== undefined) return { kind: "exact", name: exact };
    const byId = this.byId.get(text);
    if (byId !== undefined) return { kind: "id", name: byId };
    const variant = this.find(text);
    if (variant !== null) return { kind: "variant", name: variant };
    let cached = this.unknown.get(text);
    if (cached === undefined) {
      this.pool ??= candidatePool(this.names);
      cached = { kind: "unknown", suggestion: closestIn(this.pool, text) };
      this.unknown.set(text, cached);
    }
    return cached;
  }
}

function setIfAbsent(map: Map<string, string>, key: string, value: string): void {
  if (key !== "" && !map.has(key)) map.set(key, value);
}

function entries<R>(
  rows: readonly R[],
  name: (row: R) => string | null,
  id: (row: R) => string | null,
): Entry[] {
  const out: Entry[] = [];
  for (const row of rows) {
    const n = name(row);
    if (n !== null && n !== "") out.push({ name: n, id: id(row) || null });
  }
  return out;
}

/**
 * Builds the master-list index of a book: salespeople and customers by Name (ID accepted),
 * dealers (customers whose type is dealer), products by Name (Code accepted) and regions (the
 * distinct Salespeople[Region] values, in order of first appearance).
 *
 * @example buildMasterIndex(book).resolve("salespeople", "S001") // { kind: "id", name: "王伟" }
 */
export function buildMasterIndex(book: SalesBook): MasterIndex {
  const lists: Record<ListSource, ListLookup> = {
    salespeople: new ListLookup(
      entries(
        book.salespeople,
        (r) => r.name,
        (r) => r.id,
      ),
    ),
    customers: new ListLookup(
      entries(
        book.customers,
        (r) => r.name,
        (r) => r.id,
      ),
    ),
    dealers: new ListLookup(
      entries(
        book.customers.filter((r) => r.type === "dealer"),
        (r) => r.name,
        (r) => r.id,
      ),
    ),
    products: new ListLookup(
      entries(
        book.products,
        (r) => r.name,
        (r) => r.code,
      ),
    ),
    regions: new ListLookup(
      entries(
        book.salespeople,
        (r) => r.region,
        () => null,
      ),
    ),
  };
  return {
    resolve: (list, text) => lists[list].resolve(text),
    canonical: (list, text) => lists[list].find(text),
    names: (list) => lists[list].names,
  };
}
