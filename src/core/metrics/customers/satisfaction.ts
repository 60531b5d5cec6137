/**
 * Satisfaction (顾客满意度, SPEC §8.4) over the surveys dated in the view: CSAT (mean Overall),
 * satisfied share (Overall ≥ 4) and NPS (% Recommend 9–10 − % Recommend 0–6, in points), by company,
 * region, salesperson and month; and the complaints received in the view. A score off its scale
 * (E09) is left out of the figure that needs it.
 */
import type { ComplaintRow, SatisfactionRow } from "../../model";
import { isoOfDay } from "../../periods";
import type { Day } from "../../periods/day";
import { RECOMMEND_SCALE, SATISFACTION_SCALE } from "../../schema/tables";
import { isOnScale } from "../../validate/scores";
import { ratioOrNull } from "../figures";
import type { NameResolver } from "../resolve";
import type { ComplaintFigures, SatisfactionLevel, SatisfactionLine } from "./types";

interface ScoreTally {
  surveys: number;
  overallSum: number;
  overallCount: number;
  satisfied: number;
  recommendCount: number;
  promoters: number;
  detractors: number;
}

const emptyScores = (): ScoreTally => ({
  surveys: 0,
  overallSum: 0,
  overallCount: 0,
  satisfied: 0,
  recommendCount: 0,
  promoters: 0,
  detractors: 0,
});

function add(t: ScoreTally, row: SatisfactionRow): void {
  t.surveys++;
  if (row.overall !== null && isOnScale(row.overall, SATISFACTION_SCALE)) {
    t.overallSum += row.overall;
    t.overallCount++;
    if (row.overall >= 4) t.satisfied++;
  }
  if (row.recommend !== null && isOnScale(row.recommend, RECOMMEND_SCALE)) {
    t.recommendCount++;
    if (row.recommend >= 9) t.promoters++;
    else if (row.recommend <= 6) t.detractors++;
  }
}

function lineOf(level: SatisfactionLevel, name: string, t: ScoreTally): SatisfactionLine {
  return {
    level,
    name,
    surveys: t.surveys,
    csat: ratioOrNull(t.overallSum, t.overallCount),
    satisfiedShare: ratioOrNull(t.satisfied, t.overallCount),
    nps: t.recommendCount > 0 ? ((t.promoters - t.detractors) / t.recommendCount) * 100 : null,
  };
}

/**
 * Satisfaction lines: the company, then each region, each salesperson (the row's Salesperson), and
 * each month (YYYY-MM), in order of first appearance (months in date order).
 *
 * @example satisfactionLines(book.satisfaction, resolver, from, to)[0] // { level: "company", csat: 4.2, … }
 */
export function satisfactionLines(
  surveys: readonly SatisfactionRow[],
  resolver: NameResolver,
  from: Day,
  to: Day,
): SatisfactionLine[] {
  const company = emptyScores();
  const groups: Record<Exclude<SatisfactionLevel, "company">, Map<string, ScoreTally>> = {
    region: new Map(),
    salesperson: new Map(),
    month: new Map(),
  };
  const into = (level: keyof typeof groups, name: string, row: SatisfactionRow) => {
    let t = groups[level].get(name);
    if (t === undefined) groups[level].set(name, (t = emptyScores()));
    add(t, row);
  };
  const dated = surveys.filter((r) => r.date !== null && r.date >= from && r.date <= to);
  dated.sort((a, b) => a.date! - b.date!);
  for (const row of dated) {
    add(company, row);
    into("month", isoOfDay(row.date!).slice(0, 7), row);
    const person = resolver.salesperson(row.salesperson);
    if (person === null) continue;
    into("salesperson", person, row);
    const region = resolver.regionOf(person);
    if (region !== null) into("region", region, row);
  }
  const lines = [lineOf("company", "", company)];
  for (const level of ["region", "salesperson", "month"] as const)
    for (const [name, t] of groups[level]) lines.push(lineOf(level, name, t));
  return lines;
}

/** The median of `values` (sorted in place); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/**
 * The complaints received `from`…`to`: how many, the share closed by `asOf`, the median calendar
 * days to close (over those closed) and the share with Customer satisfied = Y.
 *
 * @example complaintFigures(book.complaints, from, to, asOf) // { received: 4, closedShare: 0.75, … }
 */
export function complaintFigures(
  complaints: readonly ComplaintRow[],
  from: Day,
  to: Day,
  asOf: Day,
): ComplaintFigures {
  let received = 0;
  let satisfied = 0;
  const days: number[] = [];
  for (const row of complaints) {
    if (row.received === null || row.received < from || row.received > to) continue;
    received++;
    if (row.customerSatisfied === true) satisfied++;
    if (row.closedOn !== null && row.closedOn <= asOf && row.closedOn >= row.received)
      days.push(row.closedOn - row.received);
  }
  return {
    received,
    closedShare: ratioOrNull(days.length, received),
    medianDaysToClose: median(days),
    satisfiedShare: ratioOrNull(satisfied, received),
  };
}
