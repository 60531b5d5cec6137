/**
 * Y/N cells → boolean, from either language's words and Excel's own TRUE/FALSE.
 */
import type { RawCell } from "./raw";
import { halfWidthTrimmed } from "./cleanText";
import { NOT_YES_NO, type Parsed } from "./problem";

const ANSWERS: ReadonlyMap<string, boolean> = new Map([
  ["y", true],
  ["yes", true],
  ["true", true],
  ["是", true],
  ["n", false],
  ["no", false],
  ["false", false],
  ["否", false],
]);

/**
 * Reads a Y/N cell: Y/N, yes/no, TRUE/FALSE, 是/否 in any case or width, or an Excel boolean.
 *
 * @example parseYesNo("ｙ") === true
 */
export function parseYesNo(cell: RawCell): Parsed<boolean> {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return NOT_YES_NO;
  const text = halfWidthTrimmed(cell);
  if (text === "") return null;
  return ANSWERS.get(text.toLowerCase()) ?? NOT_YES_NO;
}
