/**
 * Targets spread over days for the facts table: each working day takes its share of the finest target
 * period that covers it (SPEC §1.2), so any month/week filter in a PivotTable shows a prorated target.
 */
import type { MasterIndex } from "../lists/types";
import type { NameResolver } from "../metrics/resolve";
import type { MetricKey, SalesBook, TargetRow } from "../model";
import type { Period } from "../metrics/types";
import { PERIOD_KINDS_FINEST_FIRST, countWorkingDays, isWorkingDay, type WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import { PeriodCache } from "./targetSource";

/** Receives one target's share of one working day ("" salesperson: the region's own target). */
export type OnShare = (
  day: Day,
  region: string,
  salesperson: string,
  product: string,
  metric: MetricKey,
  value: number,
) => void;

interface Holder {
  readonly region: string;
  readonly salesperson: string;
}

/**
 * Hands each target's share per working day in [from, to] to `onShare`. Double counting is avoided the way the scorecard
 * resolves targets: a region's own target is left out where its salespeople have targets for that
 * metric; a holder's all-products (and no-dealer) rows stand for the whole where they exist.
 */
export function dailyTargetShares(
  book: SalesBook,
  index: MasterIndex,
  calendar: WorkCalendar,
  resolver: NameResolver,
  from: Day,
  to: Day,
  onShare: OnShare,
): void {
  const periods = new PeriodCache();
  const groups = new Map<string, { holder: Holder; metric: MetricKey; rows: TargetRow[] }>();
  const regionsWithPeople = new Set<string>();
  for (const t of book.targets) {
    if (t.metric === null || t.target === null || t.period === null || periods.get(t.period) === null)
      continue;
    const person = resolver.salesperson(t.salesperson);
    if (t.salesperson !== null && person === null) continue;
    const region = person ? (resolver.regionOf(person) ?? "") : resolver.region(t.region);
    if (region === null) continue;
    if (person) regionsWithPeople.add(`${region}|${t.metric}`);
    const key = `${person ?? ""}|${person ? "" : region}|${t.metric}`;
    const group = groups.get(key) ?? {
      holder: { region, salesperson: person ?? "" },
      metric: t.metric,
      rows: [],
    };
    group.rows.push(t);
    groups.set(key, group);
  }
  const working = workingDayFlags(calendar, from, to);
  for (const { holder, metric, rows } of groups.values()) {
    if (holder.salesperson === "" && regionsWithPeople.has(`${holder.region}|${metric}`)) continue;
    let chosen = rows;
    if (chosen.some((r) => r.product === null)) chosen = chosen.filter((r) => r.product === null);
    if (chosen.some((r) => r.dealer === null)) chosen = chosen.filter((r) => r.dealer === null);
    const byProduct = new Map<string, TargetRow[]>();
    for (const r of chosen) {
      const product = r.product === null ? "" : (index.canonical("products", r.product) ?? r.product);
      const same = byProduct.get(product);
      if (same) same.push(r);
      else byProduct.set(product, [r]);
    }
    for (const [product, productRows] of byProduct) {
      spreadFinestFirst(productRows, periods, calendar, working, from, (day, value) =>
        onShare(day, holder.region, holder.salesperson, product, metric, value),
      );
    }
  }
}

/** Which days of [from, to] are working days, looked up by `day - from`. */
function workingDayFlags(calendar: WorkCalendar, from: Day, to: Day): Uint8Array {
  const flags = new Uint8Array(Math.max(0, to - from + 1));
  for (let day = from; day <= to; day++) flags[day - from] = isWorkingDay(calendar, day) ? 1 : 0;
  return flags;
}

/**
 * Calls `onDay` for each working day of [from, to] with the daily rate of the finest period that
 * covers it (rows of one period, e.g. several dealers, add up). Arrays indexed by `day - from`.
 */
function spreadFinestFirst(
  rows: readonly TargetRow[],
  periods: PeriodCache,
  calendar: WorkCalendar,
  working: Uint8Array,
  from: Day,
  onDay: (day: Day, value: number) => void,
): void {
  const dated = rows
    .map((row) => ({ row, period: periods.get(row.period as string) as Period }))
    .sort(
      (a, b) =>
        PERIOD_KINDS_FINEST_FIRST.indexOf(a.period.kind) - PERIOD_KINDS_FINEST_FIRST.indexOf(b.period.kind),
    );
  const claimedBy = new Int32Array(working.length).fill(-1);
  const rate = new Float64Array(working.length);
  const periodIds = new Map<string, number>();
  for (const { row, period } of dated) {
    const workingDays = countWorkingDays(calendar, period.start, period.end);
    if (workingDays === 0) continue;
    const perDay = (row.target as number) / workingDays;
    let periodId = periodIds.get(period.text);
    if (periodId === undefined) {
      periodId = periodIds.size;
      periodIds.set(period.text, periodId);
    }
    const first = Math.max(0, period.start - from);
    const last = Math.min(working.length - 1, period.end - from);
    for (let i = first; i <= last; i++) {
      // A finer period already took this day.
      if (working[i] === 0 || (claimedBy[i] !== -1 && claimedBy[i] !== periodId)) continue;
      claimedBy[i] = periodId;
      rate[i] += perDay;
    }
  }
  for (let i = 0; i < working.length; i++) if (claimedBy[i] !== -1) onDay(from + i, rate[i]);
}
