/** Efficiency 推销效率 (SPEC §3, §4) by salesperson and week or month. */
import type { SalesBook } from "../model";
import type { MasterIndex } from "../lists/types";
import type { Day } from "../periods/day";
import { type WorkCalendar, countWorkingDays } from "../periods/calendar";
import { periodOf } from "../periods/period";
import { ratioOrNull as ratio } from "./figures";
import { createResolver } from "./resolve";
import type { EfficiencyLine } from "./types";
import { emptyTally, tallyVisits, type VisitTally } from "./visits";

export interface EfficiencyInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  /** Weeks or months with no working day inside `from`…`to` (2026-W44 of November) are left out. */
  readonly calendar: WorkCalendar;
  readonly from: Day;
  readonly to: Day;
  readonly by: "week" | "month";
}

/**
 * One line per listed salesperson and per week or month touching `from`…`to` (rows outside the range
 * are not counted, so the first and last periods may be partial). A week or month with no working day
 * inside the range, and nobody's row in it, is left out: it would only be a line of zeros. Salespeople are listed in
 * Salespeople order: the active ones, plus anyone with a plan or report row in the range.
 *
 * @example buildEfficiency({ book, index, calendar, from, to, by: "week" })[0].planAdherence
 */
export function buildEfficiency(input: EfficiencyInput): EfficiencyLine[] {
  const { book, index, calendar, from, to, by } = input;
  const resolver = createResolver(book, index);
  // One group text per (salesperson, day), built once: building it per row was the slow part.
  const periodTexts = new Map<Day, string>();
  const groups = new Map<string, Map<Day, string>>();
  const groupOf = (person: string, day: Day): string => {
    let byDay = groups.get(person);
    if (byDay === undefined) {
      byDay = new Map();
      groups.set(person, byDay);
    }
    let group = byDay.get(day);
    if (group === undefined) {
      let text = periodTexts.get(day);
      if (text === undefined) {
        text = periodOf(by, day).text;
        periodTexts.set(day, text);
      }
      group = `${person}\u0000${text}`;
      byDay.set(day, group);
    }
    return group;
  };
  const tallies = tallyVisits(book, resolver, from, to, groupOf);
  const withActivity = new Set<string>();
  const activeBuckets = new Set<string>();
  for (const key of tallies.keys()) {
    const cut = key.indexOf("\u0000");
    withActivity.add(key.slice(0, cut));
    activeBuckets.add(key.slice(cut + 1));
  }

  const buckets: string[] = [];
  for (let period = periodOf(by, from); period.start <= to; period = periodOf(by, period.end + 1)) {
    const workingDays = countWorkingDays(calendar, Math.max(period.start, from), Math.min(period.end, to));
    if (workingDays > 0 || activeBuckets.has(period.text)) buckets.push(period.text);
  }
  const lines: EfficiencyLine[] = [];
  for (const person of index.names("salespeople")) {
    if (!resolver.isActive(person) && !withActivity.has(person)) continue;
    for (const bucket of buckets) {
      const t = tallies.get(`${person}\u0000${bucket}`) ?? emptyTally();
      lines.push(efficiencyLineOf(person, resolver.regionOf(person), bucket, t));
    }
  }
  return lines;
}

/**
 * The efficiency line (SPEC §3) of one salesperson's visit tally for one week or month.
 *
 * @example efficiencyLineOf("王伟", "华东", "2026-W48", tally).strikeRate
 */
export function efficiencyLineOf(
  salesperson: string,
  region: string | null,
  period: string,
  t: Readonly<VisitTally>,
): EfficiencyLine {
  return {
    salesperson,
    region,
    period,
    visits: t.visits,
    sales: t.sales,
    expense: t.expense,
    salesPerVisit: ratio(t.sales, t.visits),
    expensePerVisit: ratio(t.expense, t.visits),
    expenseRatio: ratio(t.expense, t.sales),
    plannedVisits: t.plannedVisits,
    plannedVisitsDone: t.plannedVisitsDone,
    planAdherence: ratio(t.plannedVisitsDone, t.plannedVisits),
    unplannedShare: ratio(t.unplannedVisits, t.visits),
    strikeRate: ratio(t.visitsWithOrder, t.visits),
  };
}
