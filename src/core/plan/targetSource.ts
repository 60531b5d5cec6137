/**
 * Which Targets rows a scorecard target stands on, so its formula sums exactly those rows, live, with
 * the working-day proration the core applies. This mirrors the core's resolution (metrics/targets.ts):
 * only rows with Dealer and Product blank; kinds tried in `kindsToTry` order; the first kind whose
 * targets cover the view wins, else the first with any overlapping target; each chosen period
 * contributes its target prorated by working days to its overlap with the view.
 */
import type { TargetRow } from "../model";
import { kindsToTry } from "../metrics/targets";
import type { Period } from "../metrics/types";
import { parsePeriod, periodsOverlap, prorate, type WorkCalendar } from "../periods";

/** One period text as typed, and the share of its target that falls in the view. */
export interface TargetTerm {
  readonly periodText: string;
  readonly factor: number;
}

export interface TargetSource {
  readonly rows: readonly TargetRow[];
  readonly terms: readonly TargetTerm[];
  /** Σ prorated target of the rows: what the formula evaluates to now. */
  readonly value: number;
}

/** Parses period texts once per distinct text. */
export class PeriodCache {
  private readonly parsed = new Map<string, Period | null>();
  get(text: string): Period | null {
    let period = this.parsed.get(text);
    if (period === undefined) {
      period = parsePeriod(text);
      this.parsed.set(text, period);
    }
    return period;
  }
}

/**
 * The rows (already narrowed to one holder and metric) a target for `view` comes from, or null when
 * none applies.
 *
 * @example targetSource(rowsOfWangSales, monthPeriod(2026, 11), calendar, cache)?.terms // [{ periodText: "2026", factor: 21/250 }]
 */
export function targetSource(
  rows: readonly TargetRow[],
  view: Period,
  calendar: WorkCalendar,
  cache: PeriodCache,
): TargetSource | null {
  const overlapping = rows.flatMap((row) => {
    if (row.period === null || row.target === null || row.dealer !== null || row.product !== null) return [];
    const period = cache.get(row.period);
    return period && periodsOverlap(period, view) ? [{ row, period }] : [];
  });
  if (overlapping.length === 0) return null;
  const byKind = kindsToTry(view.kind)
    .map((kind) => overlapping.filter((entry) => entry.period.kind === kind))
    .filter((group) => group.length > 0);
  const chosen =
    byKind.find((group) =>
      covers(
        group.map((g) => g.period),
        view,
      ),
    ) ?? byKind[0];
  const terms = new Map<string, TargetTerm>();
  let value = 0;
  for (const { row, period } of chosen) {
    const factor = prorate(calendar, 1, period, view.start, view.end);
    value += (row.target as number) * factor;
    // SUMIFS compares text without regard to case: one criterion per period spelling up to case.
    const key = (row.period as string).toLowerCase();
    if (!terms.has(key)) terms.set(key, { periodText: row.period as string, factor });
  }
  return { rows: chosen.map((c) => c.row), terms: [...terms.values()], value };
}

/** True when the periods together cover every day of the view. */
function covers(periods: readonly Period[], view: Period): boolean {
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  let next = view.start;
  for (const period of sorted) {
    if (period.start > next) return false;
    next = Math.max(next, period.end + 1);
    if (next > view.end) return true;
  }
  return next > view.end;
}
