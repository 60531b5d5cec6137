/** The as-of date of a view must lie in its period (SPEC §2). Light enough for the pane to check as typed. */
import type { MessageKey } from "../i18n";
import type { Period } from "../metrics/types";
import { type Day, isoOfDay } from "./day";

/**
 * Why an as-of date cannot go with a period, as a catalogue sentence; null when it lies within it.
 *
 * @example asOfProblem(parsePeriod("2026-11")!, dayFromIso("2026-12-25")!)?.key // "rollup.asOfOutside"
 */
export function asOfProblem(
  period: Period,
  asOf: Day,
): { readonly key: MessageKey; readonly args: Record<string, string> } | null {
  if (asOf >= period.start && asOf <= period.end) return null;
  return {
    key: "rollup.asOfOutside",
    args: {
      asOf: isoOfDay(asOf),
      period: period.text,
      start: isoOfDay(period.start),
      end: isoOfDay(period.end),
    },
  };
}
