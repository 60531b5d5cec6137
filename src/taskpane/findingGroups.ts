/** Findings grouped by severity, then table, with counts, after the Validate screen's filter. */
import { TABLES } from "../core/schema/tables";
import type { TableName } from "../core/schema/types";
import type { Finding, Severity } from "../core/validate/finding";

export interface FindingFilter {
  readonly severity: Severity | "all";
  readonly table: TableName | "all";
  /** Matched against the code, the message and the cell's value, ignoring case. */
  readonly text: string;
}

export interface FindingGroup {
  readonly severity: Severity;
  readonly table: TableName;
  readonly findings: readonly Finding[];
}

export const NO_FILTER: FindingFilter = { severity: "all", table: "all", text: "" };

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning"];
const TABLE_ORDER = new Map(TABLES.map((t, i) => [t.name, i]));

/**
 * Errors before warnings; tables in set-up order; findings keep their order (table, row, column, code).
 * `describe` is only called when there is text to look for.
 */
export function groupFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  describe: (finding: Finding) => string,
): FindingGroup[] {
  const needle = filter.text.trim().toLowerCase();
  const groups = new Map<string, { severity: Severity; table: TableName; findings: Finding[] }>();
  for (const finding of findings) {
    if (filter.severity !== "all" && finding.severity !== filter.severity) continue;
    if (filter.table !== "all" && finding.table !== filter.table) continue;
    if (needle !== "") {
      const haystack = `${finding.code} ${describe(finding)} ${finding.value ?? ""}`.toLowerCase();
      if (!haystack.includes(needle)) continue;
    }
    const key = `${finding.severity}/${finding.table}`;
    let group = groups.get(key);
    if (!group) {
      group = { severity: finding.severity, table: finding.table, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      (TABLE_ORDER.get(a.table) ?? 0) - (TABLE_ORDER.get(b.table) ?? 0),
  );
}
