/**
 * A company rollup over several workbooks (SPEC §9), built book by book so that only one book's rows
 * are ever held: each book adds its actuals per salesperson, efficiency counts, weekly-report items
 * facts and customer accounts; `finish` merges the master lists and targets and computes the
 * Scorecard, Efficiency, Weekly report and Customers of the whole company with the same metrics code
 * a single workbook uses.
 */
import { buildMasterIndex } from "../lists";
import type { MasterIndex } from "../lists/types";
import { type ActualTotals, computeActuals } from "../metrics/actuals";
import { CompanyCustomers } from "./customers";
import {
  type CustomerThresholds,
  customerThresholdsOf,
  DEFAULT_CUSTOMER_THRESHOLDS,
} from "../metrics/customers/thresholds";
import { buildEfficiency, efficiencyLineOf } from "../metrics/efficiency";
import { ratioOrNull } from "../metrics/figures";
import { createResolver, marginOf } from "../metrics/resolve";
import { buildScorecard } from "../metrics/scorecard";
import type { EfficiencyLine, OpenItem, Period, ScorecardLine, WeeklyRegionReport } from "../metrics/types";
import { tallyVisits } from "../metrics/visits";
import { buildWeeklyReport } from "../metrics/weekly";
import type { SalesBook } from "../model";
import { buildCalendar, periodOf, type WorkCalendar } from "../periods";
import { type Day, weekdayOf } from "../periods/day";
import type { Lang } from "../schema/types";
import type { WorkbookSettings } from "../settings";
import { CompanyFacts } from "./facts";
import { type LabelledLists, mergeMasterLists } from "./masterLists";
import { addEfficiency, addTotals, type EfficiencyCounts, mergeEfficiency } from "./sums";
import { targetSharesPerDay } from "./targetShares";
import type { BookSummary, CompanyModels } from "./types";

/** What a company rollup needs of one loaded book. */
export interface CompanyInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly settings: WorkbookSettings;
}

const noCustomers = { won: [], lost: [], silentA: [], notInterviewed: [] };

interface RegionWeek {
  planned: number;
  done: number;
  overdue: number;
  market: OpenItem[];
  complaints: OpenItem[];
}

interface Ranges {
  readonly view: readonly [Day, Day];
  readonly lastWeek: Period;
  readonly month: Period;
  readonly sunday: Day;
  readonly monday: Day;
}

function rangesOf(period: Period, asOf: Day): Ranges {
  const monday = asOf - (weekdayOf(asOf) - 1);
  const sunday = monday - 1;
  return {
    view: [period.start, Math.min(asOf, period.end)],
    lastWeek: periodOf("week", sunday),
    month: periodOf("month", sunday),
    sunday,
    monday,
  };
}

/** Items copied from a book name it, since the company workbook cannot link to a row of another file. */
const fromBook = (label: string, item: OpenItem): OpenItem => ({
  ...item,
  description: `[${label}] ${item.description ?? ""}`,
});

export class CompanyRollup {
  private readonly lists: LabelledLists[] = [];
  private readonly summaries: BookSummary[] = [];
  private readonly actuals = { view: new Map<string, ActualTotals>(), week: new Map(), month: new Map() };
  private readonly efficiency = new Map<string, EfficiencyCounts>();
  private readonly weeks = new Map<string, RegionWeek>();
  private readonly facts = new CompanyFacts();
  private readonly customers: CompanyCustomers;
  private readonly ranges: Ranges;
  /** The first book's customer thresholds (SPEC §9: the output follows the first book, as its language). */
  private thresholds: CustomerThresholds | null = null;

  constructor(
    readonly period: Period,
    readonly asOf: Day,
  ) {
    this.ranges = rangesOf(period, asOf);
    this.customers = new CompanyCustomers(period, asOf);
  }

  /** Adds one book; its rows may be freed afterwards (only sums and small lists are kept). */
  addBook(label: string, loaded: CompanyInput): void {
    const { book, index, calendar, settings } = loaded;
    this.thresholds ??= customerThresholdsOf(settings);
    const { view, lastWeek, month, sunday } = this.ranges;
    const resolver = createResolver(book, index);
    const sum = (into: Map<string, ActualTotals>, from: Day, to: Day): void => {
      for (const [person, totals] of computeActuals({ book, index, resolver, from, to })) {
        into.set(person, addTotals(into.get(person), totals));
      }
    };
    sum(this.actuals.view, view[0], view[1]);
    sum(this.actuals.week, lastWeek.start, Math.min(sunday, lastWeek.end));
    sum(this.actuals.month, month.start, Math.min(sunday, month.end));

    const by = this.period.kind === "week" || this.period.kind === "month" ? "week" : "month";
    for (const line of buildEfficiency({ book, index, calendar, from: view[0], to: view[1], by })) {
      const key = `${line.salesperson}\u0000${line.period}`;
      this.efficiency.set(key, addEfficiency(this.efficiency.get(key), line));
    }

    const weekly = buildWeeklyReport({
      book,
      index,
      calendar,
      asOf: this.asOf,
      signOffOverdueDays: settings.signOffOverdueDays,
    });
    const tallies = tallyVisits(book, resolver, lastWeek.start, lastWeek.end, (p) => resolver.regionOf(p));
    for (const region of weekly.regions) {
      const week = this.weekOf(region.region);
      const tally = tallies.get(region.region);
      week.planned += tally?.plannedVisits ?? 0;
      week.done += tally?.plannedVisitsDone ?? 0;
      week.overdue += region.overdueSignOffs;
      week.market.push(...region.openSevereMarketItems.map((i) => fromBook(label, i)));
      week.complaints.push(...region.openComplaints.map((i) => fromBook(label, i)));
    }

    for (const r of book.dailyReport) {
      if (r.date === null || r.date < view[0] || r.date > view[1]) continue;
      const person = resolver.salesperson(r.salesperson);
      if (person === null) continue;
      const customer = r.customer === null ? "" : (index.canonical("customers", r.customer) ?? r.customer);
      const product = r.product === null ? "" : (index.canonical("products", r.product) ?? r.product);
      this.facts.addReport(r.date, resolver.regionOf(person) ?? "", person, customer, product, {
        sales: r.orderAmount ?? 0,
        grossMargin: marginOf(r, resolver),
        collections: r.collection ?? 0,
        expense: r.expense ?? 0,
        visit: r.customer !== null,
        newOutlet: r.newOutlet === true,
      });
    }

    this.customers.addBook(book, resolver);

    const { salespeople, customers, products, calendar: days, targets } = book;
    this.lists.push({ label, lists: { salespeople, customers, products, calendar: days, targets } });
    this.summaries.push({
      label,
      lang: settings.lang,
      reportRows: book.dailyReport.length,
      salespeople: index.names("salespeople").length,
    });
  }

  private weekOf(region: string): RegionWeek {
    let week = this.weeks.get(region);
    if (week === undefined) {
      week = { planned: 0, done: 0, overdue: 0, market: [], complaints: [] };
      this.weeks.set(region, week);
    }
    return week;
  }

  /**
   * The company's rollups in `lang` (SPEC §9: `--lang`, else the first book's language).
   * @throws Error when no book was added.
   */
  finish(lang?: Lang): CompanyModels {
    if (this.summaries.length === 0) throw new Error("A company rollup needs at least one book");
    const { book, disagreements } = mergeMasterLists(this.lists);
    const index = buildMasterIndex(book);
    const calendar = buildCalendar(book.calendar);
    const { period, asOf } = this;
    const { lastWeek, month, sunday, monday, view } = this.ranges;
    const resolver = createResolver(book, index);
    // Each book named its people and regions as its own list spells them; the company list may
    // spell them another way (width, case), so sums are keyed by the company's names.
    const person = (name: string): string => index.canonical("salespeople", name) ?? name;
    const regionName = (name: string): string => index.canonical("regions", name) ?? name;
    const rekey = <T>(
      map: ReadonlyMap<string, T>,
      name: (key: string) => string,
      add: (a: T | undefined, b: T) => T,
    ) => {
      const out = new Map<string, T>();
      for (const [key, value] of map) out.set(name(key), add(out.get(name(key)), value));
      return out;
    };
    const card = (p: Period, at: Day, actuals: ReadonlyMap<string, ActualTotals>) =>
      buildScorecard({
        book,
        index,
        calendar,
        resolver,
        period: p,
        asOf: at,
        actuals: rekey(actuals, person, addTotals),
      });
    const scorecard = card(period, asOf, this.actuals.view);
    const regionLines = (lines: readonly ScorecardLine[]) =>
      new Map(lines.filter((l) => l.level === "region").map((l) => [l.region as string, l]));
    const weekLines = regionLines(card(lastWeek, sunday, this.actuals.week).lines);
    const monthLines = regionLines(card(month, sunday, this.actuals.month).lines);
    const byDate = (a: OpenItem, b: OpenItem) => (a.date ?? Infinity) - (b.date ?? Infinity);
    const weeks = rekey(this.weeks, regionName, (a: RegionWeek | undefined, b: RegionWeek) =>
      a === undefined
        ? b
        : {
            planned: a.planned + b.planned,
            done: a.done + b.done,
            overdue: a.overdue + b.overdue,
            market: [...a.market, ...b.market],
            complaints: [...a.complaints, ...b.complaints],
          },
    );
    const customerThresholds = this.thresholds ?? DEFAULT_CUSTOMER_THRESHOLDS;
    const customers = this.customers.finish(book, resolver, calendar, lastWeek, customerThresholds);
    const regions: WeeklyRegionReport[] = index.names("regions").map((region) => {
      const week = weeks.get(region) ?? { planned: 0, done: 0, overdue: 0, market: [], complaints: [] };
      const lastWeekFigures = weekLines.get(region)!.metrics;
      return {
        region,
        lastWeek: lastWeekFigures,
        monthToDate: monthLines.get(region)!.metrics,
        visits: lastWeekFigures.visits.actual,
        planAdherence: ratioOrNull(week.done, week.planned),
        openSevereMarketItems: week.market.sort(byDate),
        openComplaints: week.complaints.sort(byDate),
        overdueSignOffs: week.overdue,
        customers: customers.weekly.get(region) ?? noCustomers,
      };
    });

    const counts = rekey(
      this.efficiency,
      (key) => {
        const at = key.indexOf("\u0000");
        return `${person(key.slice(0, at))}${key.slice(at)}`;
      },
      (a: EfficiencyCounts | undefined, b: EfficiencyCounts) => mergeEfficiency(a, b),
    );
    const bucketsOf = new Map<string, string[]>();
    for (const key of counts.keys()) {
      const [name, bucket] = key.split("\u0000");
      bucketsOf.set(name, [...(bucketsOf.get(name) ?? []), bucket]);
    }
    const efficiency: EfficiencyLine[] = [];
    for (const name of index.names("salespeople")) {
      for (const bucket of (bucketsOf.get(name) ?? []).sort()) {
        const line = counts.get(`${name}\u0000${bucket}`)!;
        efficiency.push(efficiencyLineOf(name, resolver.regionOf(name), bucket, line));
      }
    }

    targetSharesPerDay(
      book,
      index,
      calendar,
      view[0],
      period.end,
      (day, region, person, product, metric, value) =>
        this.facts.addTarget(day, region, person, product, metric, value),
    );
    return {
      lang: lang ?? this.summaries[0].lang,
      period,
      asOf,
      book,
      index,
      calendar,
      scorecard,
      efficiency,
      weekly: { monday, lastWeek, month, regions },
      customers: customers.model,
      customerThresholds,
      facts: this.facts.rows(person, (name) => resolver.regionOf(name)),
      books: this.summaries,
      disagreements,
    };
  }
}
