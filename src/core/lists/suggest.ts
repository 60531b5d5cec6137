/**
 * "Did you mean …?" for a value that is not in its list: the closest candidate by edit distance,
 * compared in the folded form (half-width, lower case, no spaces) so that only real typos count.
 */
import { matchKey } from "../text/fold";

/** Candidates folded once, so that many unknown texts can be checked against one list cheaply. */
export interface CandidatePool {
  readonly names: readonly string[];
  /** `matchKey` of each name, as code points. */
  readonly keys: readonly (readonly string[])[];
}

/** Folds `names` once for repeated `closestIn` calls. */
export function candidatePool(names: readonly string[]): CandidatePool {
  return { names, keys: names.map((name) => Array.from(matchKey(name))) };
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
 * Levenshtein distance between two code-point arrays, or `limit + 1` as soon as it must exceed
 * `limit` (a row's minimum never decreases further down the table, so the search can stop there).
 *
 * @example editDistance([..."order"], [..."oder"], 2) === 1
 */
export function editDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * The candidate of `pool` closest to `text`, or null when none is within `suggestionLimit`.
 * Ties go to the earlier candidate (workbook order). O(candidates × length²); call it only for
 * values already known not to be in the list.
 */
export function closestIn(pool: CandidatePool, text: string): string | null {
  const typed = Array.from(matchKey(text));
  if (typed.length === 0) return null;
  let best: string | null = null;
  let bestDistance = suggestionLimit(typed.length);
  for (let i = 0; i < pool.names.length; i++) {
    const distance = editDistance(typed, pool.keys[i], bestDistance);
    if (distance < bestDistance || (distance === bestDistance && best === null)) {
      best = pool.names[i];
      bestDistance = distance;
      if (distance === 0) break;
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
