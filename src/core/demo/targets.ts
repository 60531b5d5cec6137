/**
 * Demo targets (SPEC §1.2): for every year the data touches, a yearly target per salesperson and per
 * region for each metric, decomposed to months by working days. Rounding uses the largest-remainder
 * method, so months add up exactly to their year, and a region's figures are the sums of its people's,
 * so the demo workbook raises no W05 decomposition warning.
 */
import type { MetricKey } from "../model";
import { type WorkCalendar, countWorkingDays, dayFromYmd, daysInMonth } from "../periods";
import type { CellValue } from "../plan/types";
import { METRICS } from "../schema/enums";
import type { Lang } from "../schema/types";
import type { Organisation } from "./organisation";
import type { Random } from "./random";
import type { TableWriter } from "./writer";
import { EXPECTED_PER_WORKING_DAY } from "./visits";

/**
 * Splits a whole `total` into whole parts proportional to `weights`, adding the leftover units to the
 * parts with the largest remainders (ties: earlier part first). The parts always sum to `total`.
 *
 * @example apportion(100, [1, 1, 1]) // [34, 33, 33]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error("apportion needs a positive weight");
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
  return parts;
}

// Yearly targets are round numbers, as an admin would type them.
const ROUNDING: Readonly<Record<MetricKey, number>> = {
  sales: 10000,
  grossMargin: 10000,
  collections: 10000,
  visits: 10,
  newOutlets: 1,
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function workingDaysByMonth(calendar: WorkCalendar, year: number): number[] {
  const days: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = dayFromYmd(year, month, 1);
    days.push(countWorkingDays(calendar, first, first + daysInMonth(year, month) - 1));
  }
  return days;
}

/**
 * Writes the Targets rows for `years`: per region (Salesperson blank) and per active salesperson, each
 * metric's year and its twelve months.
 */
export function writeTargets(
  out: TableWriter<"Targets">,
  org: Organisation,
  years: readonly number[],
  calendar: WorkCalendar,
  random: Random,
  lang: Lang,
): void {
  const active = org.people.filter((p) => p.active);
  for (const year of years) {
    const monthDays = workingDaysByMonth(calendar, year);
    const yearDays = monthDays.reduce((a, b) => a + b, 0);
    for (const metric of METRICS) {
      const label = metric.label[lang];
      const unit = ROUNDING[metric.key];
      // Per person: yearly target and its months; a region sums its people's, month by month.
      const byRegion = new Map<number, { year: number; months: number[] }>();
      const personRows: CellValue[][] = [];
      for (const person of active) {
        const stretch = 0.5 * person.skill + 0.5 * random.between(0.85, 1.2);
        const expected = EXPECTED_PER_WORKING_DAY[metric.key] * yearDays * stretch;
        const yearly = Math.max(unit, Math.round(expected / unit) * unit);
        const months = apportion(yearly, monthDays);
        const regionName = org.regions[person.region].name;
        personRows.push(targetRow(out, String(year), person.name, regionName, label, yearly));
        months.forEach((value, m) =>
          personRows.push(targetRow(out, `${year}-${pad2(m + 1)}`, person.name, regionName, label, value)),
        );
        const sums = byRegion.get(person.region) ?? { year: 0, months: new Array<number>(12).fill(0) };
        sums.year += yearly;
        months.forEach((value, m) => (sums.months[m] += value));
        byRegion.set(person.region, sums);
      }
      for (const [region, sums] of [...byRegion].sort((a, b) => a[0] - b[0])) {
        const regionName = org.regions[region].name;
        out.push(targetRow(out, String(year), null, regionName, label, sums.year));
        sums.months.forEach((value, m) =>
          out.push(targetRow(out, `${year}-${pad2(m + 1)}`, null, regionName, label, value)),
        );
      }
      for (const row of personRows) out.push(row);
    }
  }
}

function targetRow(
  out: TableWriter<"Targets">,
  period: string,
  salesperson: string | null,
  region: string,
  metric: string,
  target: number,
): CellValue[] {
  const row = out.blank();
  row[out.col.period] = period;
  row[out.col.salesperson] = salesperson;
  row[out.col.region] = region;
  row[out.col.metric] = metric;
  row[out.col.target] = target;
  return row;
}
