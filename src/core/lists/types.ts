/**
 * Master-list lookups. Cells that refer to a list hold the entry's name as people know it; an ID typed
 * instead is accepted as that entry (SPEC §1.1). Full-width/half-width, case and surrounding-space
 * variants count as the entry, with a suggestion to type it canonically (SPEC §2 E03).
 */
import type { ListSource } from "../schema/types";

export type Resolution =
  /** The text is the entry's name exactly. */
  | { readonly kind: "exact"; readonly name: string }
  /** The text is the entry's ID exactly: accepted as that entry, with no finding (SPEC §1.1). */
  | { readonly kind: "id"; readonly name: string }
  /** The text is a width/case/space variant of an entry's name or ID. */
  | { readonly kind: "variant"; readonly name: string }
  /** No entry; `suggestion` is the closest name by edit distance, when one is close enough. */
  | { readonly kind: "unknown"; readonly suggestion: string | null };

export interface MasterIndex {
  /** Resolves a cell's text against a list. An empty list resolves nothing (every text is unknown). */
  resolve(list: ListSource, text: string): Resolution;
  /** Canonical name for `text`, or null when it is not in the list (convenience over `resolve`). */
  canonical(list: ListSource, text: string): string | null;
  /** Names in a list, in the order of the workbook (regions: first appearance in Salespeople). */
  names(list: ListSource): readonly string[];
}
