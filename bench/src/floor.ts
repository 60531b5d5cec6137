/** The floor every core time is divided by: a bare loop over the typed report rows (figure 1, issue #13). */
import type { DailyReportRow } from "../../src/core/model";
import { ymdOfDay, type Day } from "../../src/core/periods";

/** Month number (year × 12 + month − 1) of every day the rows span, so the floor loop does no date maths. */
export function monthTable(from: Day, to: Day): Int32Array {
  const months = new Int32Array(to - from + 1);
  for (let day = from; day <= to; day++) {
    const { year, month } = ymdOfDay(day);
    months[day - from] = year * 12 + month - 1;
  }
  return months;
}

/** Baseline A, the floor: Σ order amount by salesperson and month in one bare loop. */
export function floorSums(
  rows: readonly DailyReportRow[],
  months: Int32Array,
  from: Day,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (r.date === null || r.salesperson === null || r.orderAmount === null) continue;
    const key = `${r.salesperson}\u0000${months[r.date - from]}`;
    sums.set(key, (sums.get(key) ?? 0) + r.orderAmount);
  }
  return sums;
}
