/**
 * Target resolution (SPEC §1.2), the one rule the Scorecard's values and formulas, the facts, W05 and
 * consolidation use. For one key's targets (one holder and metric, and one dealer and product) and a
 * view (any span of days):
 * 1. A target *covers* a span when its period contains it. If one does, the finest covering target is
 *    used, prorated by the span's share of its working days (rows for the same period — E04
 *    duplicates, or one period typed two ways — all count, as SUMIFS counts them).
 * 2. Else the span is split along the finest target periods that overlap it (the gaps between them
 *    are parts too) and each part is resolved by the same rule; the span's target is the parts' sum.
 * 3. A part no target covers or overlaps adds nothing; when such a part has a working day the result
 *    is *partial*. A span no target overlaps has no target at all: null, shown blank, not zero.
 */
import type { Period } from "../periods/period";
import { PERIOD_KINDS_FINEST_FIRST } from "../periods/period";
import { type WorkCalendar, countWorkingDays, isWorkingDay, prorate } from "../periods/calendar";
import type { Day } from "../periods/day";

/** One target row of a key, its period read. */
export interface TargetEntry<R> {
  readonly row: R;
  /** The period as typed in the row (SUMIFS criteria match this text). */
  readonly periodText: string;
  readonly period: Period;
  readonly value: number;
}

/** A span of days, both ends included: a view period, or a part of one. */
export interface DaySpan {
  readonly start: Day;
  readonly end: Day;
}

/** One period text as typed and the share of its rows' target that falls in the view. */
export interface TargetTerm {
  readonly periodText: string;
  readonly factor: number;
}

/** What a view's target stands on. */
export interface ResolvedTarget<R> {
  /** Σ of each used row's target × its factor. */
  readonly value: number;
  /** Some working days of the view are covered by no target (SPEC: *partial target*). */
  readonly partial: boolean;
  /** The rows that contribute, in the order given. */
  readonly rows: readonly R[];
  /** The share of each row's target in the view, parallel to `rows`. */
  readonly factors: readonly number[];
  /** One term per period text (case-insensitively, as SUMIFS compares), for formulas. */
  readonly terms: readonly TargetTerm[];
}

const fineness = (period: Period): number => PERIOD_KINDS_FINEST_FIRST.indexOf(period.kind);

/**
 * Resolves the target of one key for a view by the rule above, or null when no target overlaps it.
 *
 * @example resolveTarget(entriesOfWangSales, parsePeriod("2026-W49")!, calendar)
 * // a week across November and December: { value: ⅕·Nov·… + ⅘·Dec·…, partial: false, terms: [{ periodText: "2026-11", … }, …] }
 */
export function resolveTarget<R>(
  entries: readonly TargetEntry<R>[],
  view: DaySpan,
  calendar: WorkCalendar,
): ResolvedTarget<R> | null {
  const overlapping = entries.filter((e) => e.period.start <= view.end && view.start <= e.period.end);
  if (overlapping.length === 0) return null;
  const factors = new Map<TargetEntry<R>, number>();
  const partial = resolvePart(overlapping, view, calendar, factors);
  const used = overlapping.filter((e) => factors.has(e));
  const terms = new Map<string, TargetTerm>();
  let value = 0;
  for (const entry of used) {
    const factor = factors.get(entry) as number;
    value += entry.value * factor;
    const key = entry.periodText.toLowerCase();
    if (!terms.has(key)) terms.set(key, { periodText: entry.periodText, factor });
  }
  return {
    value,
    partial,
    rows: used.map((e) => e.row),
    factors: used.map((e) => factors.get(e) as number),
    terms: [...terms.values()],
  };
}

/** Adds each entry's share of `span` to `factors`; true when a working day of the span stays uncovered. */
function resolvePart<R>(
  entries: readonly TargetEntry<R>[],
  span: DaySpan,
  calendar: WorkCalendar,
  factors: Map<TargetEntry<R>, number>,
): boolean {
  const here = entries.filter((e) => e.period.start <= span.end && span.start <= e.period.end);
  if (here.length === 0) return countWorkingDays(calendar, span.start, span.end) > 0;
  const covering = here.filter((e) => e.period.start <= span.start && e.period.end >= span.end);
  if (covering.length > 0) {
    const finest = Math.min(...covering.map((e) => fineness(e.period)));
    for (const entry of covering) {
      if (fineness(entry.period) !== finest) continue;
      const share = prorate(calendar, 1, entry.period, span.start, span.end);
      factors.set(entry, (factors.get(entry) ?? 0) + share);
    }
    return false;
  }
  // Periods of one kind never overlap each other, so the finest overlapping ones cut the span cleanly.
  const finest = Math.min(...here.map((e) => fineness(e.period)));
  const cuts = new Map<Day, Period>();
  for (const entry of here) if (fineness(entry.period) === finest) cuts.set(entry.period.start, entry.period);
  let partial = false;
  let next = span.start;
  for (const period of [...cuts.values()].sort((a, b) => a.start - b.start)) {
    if (period.start > next)
      partial = resolvePart(here, { start: next, end: period.start - 1 }, calendar, factors) || partial;
    const part = { start: Math.max(next, period.start), end: Math.min(span.end, period.end) };
    partial = resolvePart(here, part, calendar, factors) || partial;
    next = part.end + 1;
  }
  if (next <= span.end)
    partial = resolvePart(here, { start: next, end: span.end }, calendar, factors) || partial;
  return partial;
}

/**
 * The facts rule (SPEC §1.2): hands each working day of [from, to] that some target covers the daily
 * share of the finest target covering it (its value over its working days; rows of that period add
 * up). Summed over a view, the shares equal `resolveTarget` wherever the key's targets are consistent.
 *
 * @example dailyTargetShares(entries, year.start, year.end, calendar, (day, share) => facts.add(day, share))
 */
export function dailyTargetShares<R>(
  entries: readonly TargetEntry<R>[],
  from: Day,
  to: Day,
  calendar: WorkCalendar,
  onShare: (day: Day, share: number) => void,
): void {
  const length = Math.max(0, to - from + 1);
  const finestAt = new Int8Array(length).fill(PERIOD_KINDS_FINEST_FIRST.length);
  const rate = new Float64Array(length);
  for (const entry of entries) {
    const days = countWorkingDays(calendar, entry.period.start, entry.period.end);
    if (days === 0) continue;
    const kind = fineness(entry.period);
    const first = Math.max(0, entry.period.start - from);
    const last = Math.min(length - 1, entry.period.end - from);
    for (let i = first; i <= last; i++) {
      if (kind > finestAt[i]) continue;
      // A finer period than any seen claims the day; rows of the same kind cover the same period.
      if (kind < finestAt[i]) rate[i] = 0;
      finestAt[i] = kind;
      rate[i] += entry.value / days;
    }
  }
  for (let i = 0; i < length; i++)
    if (finestAt[i] < PERIOD_KINDS_FINEST_FIRST.length && isWorkingDay(calendar, from + i))
      onShare(from + i, rate[i]);
}
