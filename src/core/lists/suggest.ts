/**
 * "Did you mean …?" for a value that is not in its list: the closest candidate by edit distance,
 * compared in the folded form (half-width, lower case, no spaces) so that only real typos count.
 */
import { matchKey } from "../text/fold";

/** Candidates folded once, so that many unknown texts can be checked against one list cheaply. */
export interface CandidatePool {
  readonly names: readonly string[];
  /** `matchKey` of each name, as code points. */
  readonly keys: readonly Int32Array[];
  /** Length of the longest key (sizes the work rows of a search). */
  readonly longest: number;
}

function codePoints(text: string): Int32Array {
  return Int32Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
}

/** Folds `names` once for repeated `closestIn` calls. */
export function candidatePool(names: readonly string[]): CandidatePool {
  const keys = names.map((name) => codePoints(matchKey(name)));
  return { names, keys, longest: keys.reduce((most, key) => Math.max(most, key.length), 0) };
}

/**
 * How far a typo may be from the entry to still be suggested. A third of the typed length allows
 * one slip per three characters; at least one, because Chinese names are two or three characters
 * long and a single wrong character (王为 for 王伟) is the commonest IME slip. Anything further is
 * more likely a different entry than a typo, and a wrong suggestion is worse than none.
 */
export function suggestionLimit(typedLength: number): number {
  return Math.max(1, Math.floor(typedLength / 3));
}

/**
 * Levenshtein distance of two code-point strings, computed only within `limit` of the diagonal and
 * abandoned once every cell of a row exceeds it; returns `limit + 1` for anything further. The two
 * work rows are passed in so that checking thousands of candidates allocates nothing per candidate.
 */
function boundedDistance(
  a: Int32Array,
  b: Int32Array,
  limit: number,
  previousRow: Int32Array,
  currentRow: Int32Array,
): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i <= limit ? i : over;
    if (from > 1) current[from - 1] = over;
    let rowMin = from === 1 ? current[0] : over;
    const ai = a[i - 1];
    for (let j = from; j <= to; j++) {
      let value = previous[j - 1] + (ai === b[j - 1] ? 0 : 1);
      if (previous[j] + 1 < value) value = previous[j] + 1;
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
      if (value > over) value = over;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length], over);
}

/**
 * Edit distance between two texts in characters (code points): insertions, deletions and
 * substitutions each cost 1. With a `limit`, anything beyond it is reported as `limit + 1`.
 *
 * @example editDistance("order", "oder") === 1
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  const left = codePoints(a);
  const right = codePoints(b);
  const bound = Math.min(limit, Math.max(left.length, right.length));
  const distance = boundedDistance(
    left,
    right,
    bound,
    new Int32Array(right.length + 2),
    new Int32Array(right.length + 2),
  );
  return distance > bound ? limit + 1 : distance;
}

/**
 * The candidate of `pool` closest to `text`, or null when none is within `suggestionLimit`.
 * Ties go to the earlier candidate (workbook order). Up to candidates × length × limit steps; call
 * it only for values already known not to be in the list.
 */
export function closestIn(pool: CandidatePool, text: string): string | null {
  const typed = codePoints(matchKey(text));
  if (typed.length === 0) return null;
  const previous = new Int32Array(pool.longest + 2);
  const current = new Int32Array(pool.longest + 2);
  let best: string | null = null;
  // Only a strictly closer candidate can replace the best so far, so later ones are searched with
  // a limit one below its distance: most are then dismissed by their length or their first row.
  let limit = suggestionLimit(typed.length);
  for (let i = 0; i < pool.names.length && limit >= 0; i++) {
    const distance = boundedDistance(typed, pool.keys[i], limit, previous, current);
    if (distance <= limit) {
      best = pool.names[i];
      limit = distance - 1;
    }
  }
  return best;
}

/**
 * The candidate closest to `text` by edit distance (ignoring width, case and spaces), or null when
 * none is close enough to be a typo.
 *
 * @example closest(["王伟", "李娜"], "王为") === "王伟"
 * @example closest(["Order", "Other"], "Oder") === "Order"
 */
export function closest(candidates: readonly string[], text: string): string | null {
  return closestIn(candidatePool(candidates), text);
}
