/**
 * "Use the suggestion": a person clicks a finding's suggested value and confirms; the one cell is
 * rewritten, only if it still holds what was validated. Validation itself never changes a value (SPEC §2).
 */
import { SalesPaceError } from "../errors";
import { headerSpellings, tableDef } from "../schema/tables";
import type { Finding } from "../validate/finding";
import { ensureSetUp } from "./book";
import type { BookInspector, CellCorrection, CellCorrectionReport, CellCorrector } from "./port";
import { defineAction, step } from "./types";

/**
 * The correction a finding's suggestion stands for, or null when there is none to apply: no suggestion,
 * no single cell (a finding about a row or a person), or no value that was read there.
 *
 * @example correctionOf(e03)?.value === "Acme Trading"
 */
export function correctionOf(finding: Finding): CellCorrection | null {
  const { suggestion, row, column, value } = finding;
  if (suggestion === null || row === null || column === null || value === null) return null;
  const def = tableDef(finding.table).columns.find((c) => c.key === column);
  if (!def || String(value) === suggestion) return null;
  return {
    table: finding.table,
    row,
    headers: headerSpellings(def),
    expected: String(value),
    value: suggestion,
  };
}

export const applySuggestion = defineAction<Finding, CellCorrectionReport, BookInspector & CellCorrector>({
  id: "correct",
  labelKey: "action.applySuggestion",
  ensureCanRun: ensureSetUp,
  async run(ctx, finding) {
    const correction = correctionOf(finding);
    if (correction === null) {
      throw new SalesPaceError(
        "BadArgument",
        "This finding has no suggestion that can be written into its cell.",
      );
    }
    step(ctx, "correct", 0, 1);
    return ctx.port.correctCell(correction);
  },
});
