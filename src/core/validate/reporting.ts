/**
 * W09: not reported. The list supervisors chase: each active salesperson with no DailyReport row
 * (not even a Leave row) on a past working day.
 */
import { dayFromYmd, isWorkingDay, isoOfDay, ymdOfDay } from "../periods";
import type { Day } from "../periods/day";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/**
 * W09, one finding per person and day (row null), days in order, people in list order. The days
 * run from the earliest report date, or the first day of today's month when that is later, to
 * yesterday: before the first report the workbook was not in use yet, and a month back is what a
 * supervisor can still chase (a year of gaps would be 50,000 lines nobody reads).
 */
export function notReportedRule({ book, nameId, personDay, calendar, today }: RuleContext): Finding[] {
  let earliest = Infinity;
  const reported = new Set<number>();
  for (const row of book.dailyReport) {
    if (row.date === null || row.salesperson === null) continue;
    if (row.date < earliest) earliest = row.date;
    reported.add(personDay(row.salesperson, row.date));
  }
  if (earliest === Infinity) return [];
  const { year, month } = ymdOfDay(today);
  const from = Math.max(earliest, dayFromYmd(year, month, 1));

  const seen = new Set<number>();
  const people: string[] = [];
  for (const p of book.salespeople) {
    if (p.active !== true || p.name === null) continue;
    const key = nameId("salespeople", p.name);
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(p.name);
  }

  const findings: Finding[] = [];
  for (let day: Day = from; day < today; day++) {
    if (!isWorkingDay(calendar, day)) continue;
    const date = isoOfDay(day);
    for (const name of people) {
      if (reported.has(personDay(name, day))) continue;
      findings.push(
        findingAt(
          "W09",
          { table: "DailyReport", row: null, column: null, value: name },
          { args: { salesperson: name, date } },
        ),
      );
    }
  }
  return findings;
}
