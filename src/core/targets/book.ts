/**
 * The Targets table indexed by the key a scorecard line resolves (SPEC §1.2): holder and metric, with
 * Dealer and Product blank. A row with a salesperson belongs to that person, one without to its
 * region. Rows with an unreadable period, metric or value, or a holder not in the lists, take no part.
 */
import type { NameResolver } from "../metrics/resolve";
import type { Period } from "../periods/period";
import type { MetricKey, SalesBook, TargetRow } from "../model";
import type { WorkCalendar } from "../periods/calendar";
import { parsePeriod } from "../periods/period";
import { type DaySpan, type ResolvedTarget, type TargetEntry, resolveTarget } from "./resolution";

/** Whose target a line shows: a salesperson's own rows, or a region's (Salesperson blank). */
export type HolderKind = "salesperson" | "region";

/** Parses period texts once per distinct text. */
export class PeriodCache {
  private readonly parsed = new Map<string, Period | null>();
  /** The period `text` names, or null when it is not one (E06). */
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
 * A Targets row as a resolution entry, or null when its period or value cannot be read.
 *
 * @example targetEntry(target({ period: "2026-11", target: 21000 }), cache)?.period.kind === "month"
 */
export function targetEntry(row: TargetRow, periods: PeriodCache): TargetEntry<TargetRow> | null {
  if (row.period === null || row.target === null) return null;
  const period = periods.get(row.period);
  return period === null ? null : { row, periodText: row.period, period, value: row.target };
}

export interface TargetIndex {
  /** The key's entries (Dealer and Product blank), in Targets order; empty when it has none. */
  entries(kind: HolderKind, holder: string, metric: MetricKey): readonly TargetEntry<TargetRow>[];
  /** `resolveTarget` for the key over `view`; null when no target of the key overlaps it. */
  resolve(
    kind: HolderKind,
    holder: string,
    metric: MetricKey,
    view: DaySpan,
  ): ResolvedTarget<TargetRow> | null;
}

/**
 * Indexes the Targets table by key. Holders are canonical names (an ID typed instead of a name is
 * that person).
 *
 * @example indexTargets(book, resolver, calendar).resolve("salesperson", "王伟", "sales", parsePeriod("2026-11")!)?.value
 */
export function indexTargets(book: SalesBook, resolver: NameResolver, calendar: WorkCalendar): TargetIndex {
  const periods = new PeriodCache();
  const byKey = new Map<string, TargetEntry<TargetRow>[]>();
  for (const row of book.targets) {
    if (row.metric === null || row.dealer !== null || row.product !== null) continue;
    const entry = targetEntry(row, periods);
    if (entry === null) continue;
    const kind: HolderKind = row.salesperson !== null ? "salesperson" : "region";
    const holder =
      kind === "salesperson" ? resolver.salesperson(row.salesperson) : resolver.region(row.region);
    if (holder === null) continue;
    const key = keyOf(kind, holder, row.metric);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [entry]);
    else list.push(entry);
  }
  const entries = (kind: HolderKind, holder: string, metric: MetricKey): readonly TargetEntry<TargetRow>[] =>
    byKey.get(keyOf(kind, holder, metric)) ?? [];
  return {
    entries,
    resolve: (kind, holder, metric, view) => resolveTarget(entries(kind, holder, metric), view, calendar),
  };
}

function keyOf(kind: HolderKind, holder: string, metric: MetricKey): string {
  return `${kind}\u0000${holder}\u0000${metric}`;
}
