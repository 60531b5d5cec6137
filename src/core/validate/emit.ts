/** One way to make a finding, so that every rule fills the same fields the same way. */
import type { TableName } from "../schema/types";
import { severityOf, type Finding, type FindingCode, type MessageArgs } from "./finding";

/** Where a finding points: a cell (row and column), a whole row (column null) or a person (row null). */
export interface CellRef {
  readonly table: TableName;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | number | boolean | null;
}

export interface FindingDetail {
  /** Selects a more specific message: `finding.<code>.<detail>`. */
  readonly detail?: string;
  readonly args?: MessageArgs;
  readonly suggestion?: string | null;
}

/**
 * A finding of `code` at `at`.
 *
 * @example findingAt("E07", { table: "MarketReport", row: 5, column: "escalatedTo", value: null })
 */
export function findingAt(code: FindingCode, at: CellRef, detail: FindingDetail = {}): Finding {
  return {
    code,
    severity: severityOf(code),
    table: at.table,
    row: at.row,
    column: at.column,
    value: at.value,
    messageKey: detail.detail ? `finding.${code}.${detail.detail}` : `finding.${code}`,
    args: detail.args ?? {},
    suggestion: detail.suggestion ?? null,
  };
}
