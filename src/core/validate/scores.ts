/**
 * E09: a survey score outside its scale or not a whole number (SPEC §8.3). The reader keeps any
 * number it can read; this rule says which ones the satisfaction figures leave out.
 */
import { SATISFACTION } from "../schema/tables";
import type { ScoreScale } from "../schema/types";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** Whether `value` is a point of `scale`: a whole number from its min to its max. */
export function isOnScale(value: number, scale: ScoreScale): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

const SCORE_COLUMNS = SATISFACTION.columns.flatMap((c) =>
  c.type === "score" && c.scale ? [{ key: c.key, scale: c.scale }] : [],
);

/** E09 on every Satisfaction score that is not a whole number on its scale. */
export function scoreRule({ book }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of book.satisfaction) {
    const values = row as unknown as Readonly<Record<string, unknown>>;
    for (const { key, scale } of SCORE_COLUMNS) {
      const value = values[key];
      if (typeof value !== "number" || isOnScale(value, scale)) continue;
      findings.push(
        findingAt(
          "E09",
          { table: "Satisfaction", row: row.row, column: key, value },
          { args: { min: scale.min, max: scale.max } },
        ),
      );
    }
  }
  return findings;
}
