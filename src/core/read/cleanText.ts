/**
 * The first step of reading a typed cell: half-width forms and no surrounding space.
 */
import { toHalfWidth } from "../text/fold";

const NEEDS_FOLDING = /[\u3000\uff01-\uff5e]/;

/**
 * `text` folded to half-width (only when it holds a full-width form, which is rare, so the common
 * case costs one scan) and trimmed.
 *
 * @example halfWidthTrimmed(" ２０２６－１１ ") === "2026-11"
 */
export function halfWidthTrimmed(text: string): string {
  return (NEEDS_FOLDING.test(text) ? toHalfWidth(text) : text).trim();
}
