/**
 * Enumeration cells (purpose, attendance, severity…) → the value's key, from either language's label.
 */
import { closestIn, candidatePool } from "../lists/suggest";
import { ENUMS } from "../schema/enums";
import type { EnumName } from "../schema/types";
import { matchKey } from "../text/fold";
import type { RawCell } from "./raw";
import { CellProblem, type Parsed } from "./problem";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A reader for one enumeration. Labels match ignoring case, width and spaces. An unknown label is an
 * E03 problem suggesting the closest label in the language the person typed in (Chinese characters
 * → Chinese labels), remembered per distinct text so that a column of the same typo costs one search.
 *
 * @example enumReader("purpose")("订货") === "order"
 */
export function enumReader(name: EnumName): (cell: RawCell) => Parsed<string> {
  const values = ENUMS[name];
  const byLabel = new Map<string, string>();
  // Labels exactly as the dropdown writes them: the common case, found without folding.
  const asWritten = new Map<string, string>();
  for (const value of values) {
    asWritten.set(value.label.en, value.key);
    asWritten.set(value.label.zh, value.key);
    byLabel.set(matchKey(value.label.en), value.key);
    byLabel.set(matchKey(value.label.zh), value.key);
  }
  const english = candidatePool(values.map((v) => v.label.en));
  const chinese = candidatePool(values.map((v) => v.label.zh));
  const problems = new Map<string, CellProblem>();

  return (cell) => {
    const text = typeof cell === "string" ? cell : String(cell);
    const written = asWritten.get(text);
    if (written !== undefined) return written;
    const folded = matchKey(text);
    if (folded === "") return null;
    const key = byLabel.get(folded);
    if (key !== undefined) return key;
    let problem = problems.get(text);
    if (problem === undefined) {
      problem = new CellProblem("enum", closestIn(HAN.test(text) ? chinese : english, text));
      problems.set(text, problem);
    }
    return problem;
  };
}
