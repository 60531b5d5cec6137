/**
 * The scorecard 目标达成 (SPEC §3, §4): region → its salespeople → region subtotal, …, company total,
 * with every metric's target, actual and time figures for a period at an as-of date.
 */
import type { MetricKey, SalesBook } from "../model";
import type { MasterIndex } from "../lists/types";
import { METRIC_KEYS } from "../schema/enums";
import type { Day } from "../periods/day";
import { type WorkCalendar, countWorkingDays } from "../periods/calendar";
import { type ActualTotals, computeActuals, zeroActuals } from "./actuals";
import { type TimeSpan, metricFigures, sumTargets } from "./figures";
import { type NameResolver, createResolver } from "./resolve";
import { indexTargets } from "../targets/book";
import { addFields } from "./fieldSums";
import type { MetricFigures, Period, Scorecard, ScorecardLine } from "./types";

export interface ScorecardInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly period: Period;
  readonly asOf: Day;
  /** Reuse a resolver already built for this book (optional). */
  readonly resolver?: NameResolver;
  /**
   * Actuals per salesperson already summed elsewhere (a company rollup sums them book by book);
   * default: computed from the book's DailyReport for the period up to as-of.
   */
  readonly actuals?: ReadonlyMap<string, ActualTotals>;
}

/** Per metric: the target (null = none at all) and whether some working days have no target. */
type Targets = Record<MetricKey, { readonly value: number | null; readonly partial: boolean }>;

/** Working days in the period and those elapsed up to and including as-of. */
export function timeSpanOf(calendar: WorkCalendar, period: Period, asOf: Day): TimeSpan {
  return {
    workingDays: countWorkingDays(calendar, period.start, period.end),
    workingDaysElapsed: countWorkingDays(calendar, period.start, Math.min(asOf, period.end)),
  };
}

function figuresOf(
  targets: Targets,
  actuals: ActualTotals,
  time: TimeSpan,
): Record<MetricKey, MetricFigures> {
  const figures = {} as Record<MetricKey, MetricFigures>;
  for (const key of METRIC_KEYS)
    figures[key] = metricFigures(targets[key].value, actuals[key], time, targets[key].partial);
  return figures;
}

/** Two sets of actuals added up (a region's from its people, a person's from several books). */
export function addActuals(into: ActualTotals, more: ActualTotals): ActualTotals {
  return addFields(into, more);
}

function targetsOf(lookup: (metric: MetricKey) => Targets[MetricKey]): Targets {
  const targets = {} as Targets;
  for (const key of METRIC_KEYS) targets[key] = lookup(key);
  return targets;
}

/** Σ of the lines' targets where any is known (null when none is); partial when any part is. */
function sumOf(lines: readonly Targets[], metric: MetricKey): Targets[MetricKey] {
  return {
    value: sumTargets(lines.map((t) => t[metric].value)),
    partial: lines.some((t) => t[metric].partial),
  };
}

/**
 * Builds the scorecard. Actuals count report rows from the period's start up to and including
 * as-of (none when as-of is before the period). Each region lists its active salespeople in
 * Salespeople order plus anyone with actuals or a target in the period; salespeople without a region
 * are not listed. A region line's actuals are the sum of its salespeople's lines (new outlets too:
 * an outlet is the new outlet of the salesperson who opened it); its target is the region-level
 * target where one exists, else the sum of its salespeople's. The company line sums the regions.
 * Targets are resolved by SPEC §1.2's rule (src/core/targets).
 *
 * @example buildScorecard({ book, index, calendar, period: parsePeriod("2026-11")!, asOf: dayFromIso("2026-11-20")! })
 */
export function buildScorecard(input: ScorecardInput): Scorecard {
  const { book, index, calendar, period, asOf } = input;
  const resolver = input.resolver ?? createResolver(book, index);
  const time = timeSpanOf(calendar, period, asOf);
  const actuals =
    input.actuals ??
    computeActuals({
      book,
      index,
      resolver,
      from: period.start,
      to: Math.min(asOf, period.end),
    });
  const targetIndex = indexTargets(book, resolver, calendar);

  const lines: ScorecardLine[] = [];
  let companyActuals = zeroActuals();
  const regionTargets: Targets[] = [];
  for (const region of index.names("regions")) {
    let regionActuals = zeroActuals();
    const personTargets: Targets[] = [];
    for (const person of index.names("salespeople")) {
      if (resolver.regionOf(person) !== region) continue;
      const targets = targetsOf((metric) => {
        const resolved = targetIndex.resolve("salesperson", person, metric, period);
        return { value: resolved?.value ?? null, partial: resolved?.partial ?? false };
      });
      const personActuals = actuals.get(person);
      const hasTarget = METRIC_KEYS.some((key) => targets[key].value !== null);
      if (!resolver.isActive(person) && personActuals === undefined && !hasTarget) continue;
      const own = personActuals ?? zeroActuals();
      lines.push({
        level: "salesperson",
        region,
        salesperson: person,
        metrics: figuresOf(targets, own, time),
      });
      regionActuals = addActuals(regionActuals, own);
      personTargets.push(targets);
    }
    const targets = targetsOf((metric) => {
      const own = targetIndex.resolve("region", region, metric, period);
      return own ? { value: own.value, partial: own.partial } : sumOf(personTargets, metric);
    });
    lines.push({
      level: "region",
      region,
      salesperson: null,
      metrics: figuresOf(targets, regionActuals, time),
    });
    companyActuals = addActuals(companyActuals, regionActuals);
    regionTargets.push(targets);
  }
  const companyTargets = targetsOf((metric) => sumOf(regionTargets, metric));
  lines.push({
    level: "company",
    region: null,
    salesperson: null,
    metrics: figuresOf(companyTargets, companyActuals, time),
  });
  return { period, asOf, ...time, lines };
}
