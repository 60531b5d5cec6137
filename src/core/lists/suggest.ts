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
 * How far an entry may be from the typed text to still be suggested (SPEC §2): at most half the longer
 * text's length. A two- or three-character Chinese name may then be one character off (王为 for 王伟), the
 * commonest IME slip; anything further is more likely a different entry than a typo, and a wrong
 * suggestion is worse than none.
 */
export function suggestionLimit(typedLength: number, entryLength: number): number {
  return Math.floor(Math.max(typedLength, entryLength) / 2);
}

/** True when one code-point string holds the other as a run (an entry inside the typed text, or around it). */
function contains(outer: Int32Array, inner: Int32Array): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    let k = 0;
    while (k < inner.length && outer[start + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
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
 * The candidate of `pool` closest to `text` by edit distance (SPEC §2): offered when it is within
 * `suggestionLimit` and no other candidate is as close. A candidate that the text contains, or that
 * contains it, always counts as close (`Eastern` → `East`); its distance is the length difference.
 * Up to candidates × length × limit steps; call it only for values already known not to be in the list.
 */
export function closestIn(pool: CandidatePool, text: string): string | null {
  const typed = codePoints(matchKey(text));
  if (typed.length === 0) return null;
  const previous = new Int32Array(pool.longest + 2);
  const current = new Int32Array(pool.longest + 2);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  let tie = false;
  for (let i = 0; i < pool.names.length; i++) {
    const key = pool.keys[i];
    let distance: number;
    if (contains(typed, key) || contains(key, typed)) {
      distance = Math.abs(typed.length - key.length);
    } else {
      // Searching only up to the best distance so far dismisses most candidates by their length or first
      // row; equal to it, not below, so that a tie is seen.
      const limit = Math.min(suggestionLimit(typed.length, key.length), bestDistance);
      distance = boundedDistance(typed, key, limit, previous, current);
      if (distance > limit) continue;
    }
    if (distance < bestDistance) {
      best = pool.names[i];
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/**
 * The candidate closest to `text` by edit distance (ignoring width, case and spaces), or null when
 * none is close enough to be a typo or two are equally close.
 *
 * @example closest(["王伟", "李娜"], "王为") === "王伟"
 * @example closest(["Order", "Other"], "Oder") === "Order"
 */
export function closest(candidates: readonly string[], text: string): string | null {
  return closestIn(candidatePool(candidates), text);
}
