/** E07: a severe market item that affects sales must be reported upward at once (the handbook). */
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** E07 on a Severe market item that affects sales with nobody in Escalated to. */
export function escalationRule({ book }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of book.marketReport) {
    if (row.severity !== "severe" || row.affectsSales !== true) continue;
    if (row.escalatedTo !== null || row.unreadable.has("escalatedTo")) continue;
    findings.push(
      findingAt("E07", { table: "MarketReport", row: row.row, column: "escalatedTo", value: null }),
    );
  }
  return findings;
}
