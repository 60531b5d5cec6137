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

function addScores(into: ScoreTally, more: ScoreTally): void {
  into.surveys += more.surveys;
  into.overallSum += more.overallSum;
  into.overallCount += more.overallCount;
  into.satisfied += more.satisfied;
  into.recommendCount += more.recommendCount;
  into.promoters += more.promoters;
  into.detractors += more.detractors;
}

/** Where a salesperson's first survey is in date order (ties in row order, book after book). */
type FirstSeen = readonly [Day, number];
const before = (a: FirstSeen, b: FirstSeen) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * The surveys of a view summed by salesperson and month, book after book: enough for every
 * satisfaction line, with each salesperson's first survey to order the lines as a single book would.
 */
export class SurveyTally {
  private readonly company = emptyScores();
  private readonly people = new Map<string, { scores: ScoreTally; first: FirstSeen }>();
  private readonly months = new Map<string, ScoreTally>();
  private seq = 0;

  constructor(
    private readonly from: Day,
    private readonly to: Day,
  ) {}

  /** Adds one book's surveys dated in the view; `salespersonOf` gives the canonical name or null. */
  add(surveys: readonly SatisfactionRow[], salespersonOf: (text: string | null) => string | null): void {
    for (const row of surveys) {
      const seq = this.seq++;
      if (row.date === null || row.date < this.from || row.date > this.to) continue;
      add(this.company, row);
      const month = isoOfDay(row.date).slice(0, 7);
      let scores = this.months.get(month);
      if (scores === undefined) this.months.set(month, (scores = emptyScores()));
      add(scores, row);
      const person = salespersonOf(row.salesperson);
      if (person === null) continue;
      let tally = this.people.get(person);
      if (tally === undefined)
        this.people.set(person, (tally = { scores: emptyScores(), first: [row.date, seq] }));
      else if (before([row.date, seq], tally.first)) tally.first = [row.date, seq];
      add(tally.scores, row);
    }
  }

  /**
   * The lines: the company, then each region, each salesperson and each month, in order of first
   * survey (months in date order). `rename` gives a salesperson's name in the company's list, or
   * null for one no list knows.
   */
  lines(
    regionOf: (salesperson: string) => string | null,
    rename: (name: string) => string | null = (name) => name,
  ): SatisfactionLine[] {
    const people = new Map<string, { scores: ScoreTally; first: FirstSeen }>();
    for (const [typed, t] of this.people) {
      const name = rename(typed);
      if (name === null) continue;
      const own = people.get(name);
      if (own === undefined) people.set(name, { scores: { ...t.scores }, first: t.first });
      else {
        addScores(own.scores, t.scores);
        if (before(t.first, own.first)) own.first = t.first;
      }
    }
    const regions = new Map<string, { scores: ScoreTally; first: FirstSeen }>();
    for (const [name, t] of people) {
      const region = regionOf(name);
      if (region === null) continue;
      const own = regions.get(region);
      if (own === undefined) regions.set(region, { scores: { ...t.scores }, first: t.first });
      else {
        addScores(own.scores, t.scores);
        if (before(t.first, own.first)) own.first = t.first;
      }
    }
    const ordered = (groups: typeof people) =>
      [...groups].sort(([, a], [, b]) => (before(a.first, b.first) ? -1 : before(b.first, a.first) ? 1 : 0));
    return [
      lineOf("company", "", this.company),
      ...ordered(regions).map(([name, t]) => lineOf("region", name, t.scores)),
      ...ordered(people).map(([name, t]) => lineOf("salesperson", name, t.scores)),
      ...[...this.months]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, t]) => lineOf("month", name, t)),
    ];
  }
}

/**
 * Satisfaction lines of one book: the company, then each region, each salesperson (the row's
 * Salesperson), and each month (YYYY-MM), in order of first appearance (months in date order).
 *
 * @example satisfactionLines(book.satisfaction, resolver, from, to)[0] // { level: "company", csat: 4.2, … }
 */
export function satisfactionLines(
  surveys: readonly SatisfactionRow[],
  resolver: NameResolver,
  from: Day,
  to: Day,
): SatisfactionLine[] {
  const tally = new SurveyTally(from, to);
  tally.add(surveys, (text) => resolver.salesperson(text));
  return tally.lines((name) => resolver.regionOf(name));
}

/** The median of `values` (sorted in place); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/** The complaints received in a view, book after book: counts and the days each took to close. */
export class ComplaintTally {
  private received = 0;
  private satisfied = 0;
  private readonly days: number[] = [];

  constructor(
    private readonly from: Day,
    private readonly to: Day,
    private readonly asOf: Day,
  ) {}

  add(complaints: readonly ComplaintRow[]): void {
    for (const row of complaints) {
      if (row.received === null || row.received < this.from || row.received > this.to) continue;
      this.received++;
      if (row.customerSatisfied === true) this.satisfied++;
      if (row.closedOn !== null && row.closedOn <= this.asOf && row.closedOn >= row.received)
        this.days.push(row.closedOn - row.received);
    }
  }

  figures(): ComplaintFigures {
    return {
      received: this.received,
      closedShare: ratioOrNull(this.days.length, this.received),
      medianDaysToClose: median([...this.days]),
      satisfiedShare: ratioOrNull(this.satisfied, this.received),
    };
  }
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
  const tally = new ComplaintTally(from, to, asOf);
  tally.add(complaints);
  return tally.figures();
}
