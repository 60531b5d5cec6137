/**
 * Findings about people's data are values, never exceptions (ARCHITECTURE "Rules of the house").
 */
import type { CellTarget } from "../read/locations";
import type { TableName } from "../schema/types";

export type ErrorCode = "E01" | "E02" | "E03" | "E04" | "E05" | "E06" | "E07" | "E08" | "E09";
export type WarningCode =
  "W01" | "W02" | "W03" | "W04" | "W05" | "W06" | "W07" | "W08" | "W09" | "W10" | "W11" | "W12" | "W13";
export type FindingCode = ErrorCode | WarningCode;
export type Severity = "error" | "warning";

/** Arguments of a message; numbers are formatted by the i18n layer. */
export type MessageArgs = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly table: TableName;
  /** Worksheet row number as a user sees it; null for findings about a whole table or a person (W09). */
  readonly row: number | null;
  /** Column key (English header in lowerCamelCase); null when the finding is about a whole row. */
  readonly column: string | null;
  /** The cell's value as the person entered it, shown in messages. */
  readonly value: string | number | boolean | null;
  /** Key into the i18n catalogue (`finding.E03` …). */
  readonly messageKey: string;
  readonly args: MessageArgs;
  /** A value the person could use instead, when there is one. */
  readonly suggestion: string | null;
  /** The cell it points at, where the table was found (set by validation once every rule has run). */
  readonly cell?: CellTarget | null;
}

/** Severity follows from the code: E = error, W = warning. */
export function severityOf(code: FindingCode): Severity {
  return code.startsWith("E") ? "error" : "warning";
}
