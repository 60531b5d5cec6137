/** Targets: E06, a period that is not `2026`, `2026-Q4`, `2026-11` or `2026-W48` (W05 is in decomposition.ts). */
import { parsePeriod } from "../periods";
import { toHalfWidth } from "../text/fold";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

// Forms people type instead of the canonical ones: 2026/11, 2026年11月, 2026Q4, 2026年第4季度, 2026 w48.
const MONTH_LIKE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;
const QUARTER_LIKE = /^(\d{4})\s*(?:[-/.]|年)?\s*(?:q|第)\s*([1-4])\s*(?:季度?)?$/i;
const WEEK_LIKE = /^(\d{4})\s*(?:[-/.]|年)?\s*(?:w|第)\s*(\d{1,2})\s*周?$/i;
const YEAR_LIKE = /^(\d{4})\s*年?$/;

/** The canonical period a malformed text most likely means, when it is a valid one. */
export function suggestPeriod(text: string): string | null {
  const t = toHalfWidth(text).trim();
  let candidate: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = YEAR_LIKE.exec(t))) candidate = m[1];
  else if ((m = QUARTER_LIKE.exec(t))) candidate = `${m[1]}-Q${m[2]}`;
  else if ((m = WEEK_LIKE.exec(t))) candidate = `${m[1]}-W${m[2].padStart(2, "0")}`;
  else if ((m = MONTH_LIKE.exec(t))) candidate = `${m[1]}-${m[2].padStart(2, "0")}`;
  return candidate !== null && parsePeriod(candidate) !== null ? candidate : null;
}

/** E06 on a target period that does not parse, with the likely canonical form as suggestion. */
export function periodRule({ book }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of book.targets) {
    if (row.period === null || row.unreadable.has("period") || parsePeriod(row.period) !== null) continue;
    const suggestion = suggestPeriod(row.period);
    findings.push(
      findingAt(
        "E06",
        { table: "Targets", row: row.row, column: "period", value: row.period },
        suggestion === null ? {} : { detail: "suggest", suggestion },
      ),
    );
  }
  return findings;
}
