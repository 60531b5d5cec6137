/**
 * The weekly sales-management report 周报 (SPEC §4; the handbook's 销售管理报告书 every Monday), one
 * section per region.
 */
import { weeklyCustomers } from "./customers/weekly";
import { customerThresholds, type CustomerThresholds } from "./customers/thresholds";
import type { SalesBook, VisitPlanRow } from "../model";
import type { MasterIndex } from "../lists/types";
import { type Day, weekdayOf } from "../periods/day";
import { type WorkCalendar, countWorkingDays } from "../periods/calendar";
import { periodOf } from "../periods/period";
import { ratioOrNull } from "./figures";
import { type NameResolver, createResolver } from "./resolve";
import { buildScorecard } from "./scorecard";
import type { OpenItem, Scorecard, ScorecardLine, WeeklyRegionReport, WeeklyReport } from "./types";
import { tallyVisits } from "./visits";

type SignableRow = Pick<VisitPlanRow, "date" | "salesperson" | "approvedBy" | "unreadable">;

export interface WeeklyReportInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly asOf: Day;
  /** A plan or report row older than this many working days without Approved by is overdue (W03). */
  readonly signOffOverdueDays: number;
  /** Customer thresholds of the workbook (defaults where not given). */
  readonly customerThresholds?: Partial<CustomerThresholds>;
}

/**
 * True when a row dated `date` still unsigned at `asOf` is overdue: more than `days` working days
 * have passed after its date (a Monday row is overdue on Thursday with the default of 2).
 *
 * @example isSignOffOverdue(cal, dayFromIso("2026-11-23")!, dayFromIso("2026-11-26")!, 2) === true
 */
export function isSignOffOverdue(calendar: WorkCalendar, date: Day, asOf: Day, days: number): boolean {
  return countWorkingDays(calendar, date + 1, asOf) > days;
}

function regionLines(card: Scorecard): Map<string, ScorecardLine> {
  const lines = new Map<string, ScorecardLine>();
  for (const line of card.lines)
    if (line.level === "region" && line.region !== null) lines.set(line.region, line);
  return lines;
}

function customerRegions(book: SalesBook, resolver: NameResolver): Map<string, string> {
  const regions = new Map<string, string>();
  for (const row of book.customers) {
    const key = resolver.customer(row.name);
    const region = resolver.region(row.region);
    if (key !== null && region !== null && !regions.has(key)) regions.set(key, region);
  }
  return regions;
}

function pushTo<T>(map: Map<string, T[]>, key: string | null, item: T): void {
  if (key === null) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

const byDate = (a: OpenItem, b: OpenItem): number =>
  (a.date ?? Infinity) - (b.date ?? Infinity) || a.row - b.row;

/**
 * Builds the weekly report for the Monday on or before `asOf`: last week is the Monday–Sunday before
 * it; month to date runs from the first of the month holding last Sunday up to that Sunday. Per region:
 * both scorecards' region lines, last week's visits and plan adherence, open severe market items
 * (Status not Closed), open complaints (no Closed on) and plan/report rows whose sign-off is overdue
 * at `asOf`. Market items belong to their Region (else the reporter's); complaints to the
 * salesperson's region (else the customer's).
 *
 * @example buildWeeklyReport({ book, index, calendar, asOf: dayFromIso("2026-11-30")!, signOffOverdueDays: 2 })
 */
export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReport {
  const { book, index, calendar, asOf, signOffOverdueDays } = input;
  const resolver = createResolver(book, index);
  const monday = asOf - (weekdayOf(asOf) - 1);
  const sunday = monday - 1;
  const lastWeek = periodOf("week", sunday);
  const month = periodOf("month", sunday);
  const weekLines = regionLines(
    buildScorecard({ book, index, calendar, resolver, period: lastWeek, asOf: sunday }),
  );
  const monthLines = regionLines(
    buildScorecard({ book, index, calendar, resolver, period: month, asOf: sunday }),
  );
  const adherence = tallyVisits(book, resolver, lastWeek.start, lastWeek.end, (person) =>
    resolver.regionOf(person),
  );

  const market = new Map<string, OpenItem[]>();
  for (const row of book.marketReport) {
    if (row.severity !== "severe" || row.status === "closed") continue;
    const region = resolver.region(row.region) ?? regionOfPerson(resolver, row.reporter);
    pushTo(market, region, {
      table: "MarketReport",
      row: row.row,
      date: row.date,
      customer: row.customer,
      description: row.description,
      severity: row.severity,
      status: row.status ?? "open",
    });
  }
  const customers = customerRegions(book, resolver);
  const complaints = new Map<string, OpenItem[]>();
  for (const row of book.complaints) {
    if (row.closedOn !== null) continue;
    const customer = resolver.customer(row.customer);
    const region =
      regionOfPerson(resolver, row.salesperson) ??
      (customer === null ? null : (customers.get(customer) ?? null));
    pushTo(complaints, region, {
      table: "Complaints",
      row: row.row,
      date: row.received,
      customer: row.customer,
      description: row.description,
      severity: row.severity,
      status: null,
    });
  }

  const overdue = new Map<string, number>();
  const overdueOn = new Map<Day, boolean>();
  const countOverdue = (row: SignableRow): void => {
    const { date, approvedBy, salesperson } = row;
    // An unreadable Approved by is someone's sign-off that could not be read; it is not counted (as W03).
    if (date === null || approvedBy !== null || row.unreadable.has("approvedBy")) return;
    let late = overdueOn.get(date);
    if (late === undefined) {
      late = isSignOffOverdue(calendar, date, asOf, signOffOverdueDays);
      overdueOn.set(date, late);
    }
    const region = late ? regionOfPerson(resolver, salesperson) : null;
    if (region !== null) overdue.set(region, (overdue.get(region) ?? 0) + 1);
  };
  for (const row of book.visitPlan) countOverdue(row);
  for (const row of book.dailyReport) countOverdue(row);

  const customerLines = weeklyCustomers(
    book,
    resolver,
    lastWeek,
    asOf,
    customerThresholds(input.customerThresholds),
  );
  const noCustomers = { won: [], lost: [], silentA: [], notInterviewed: [] };
  const regions: WeeklyRegionReport[] = [];
  for (const region of index.names("regions")) {
    const week = weekLines.get(region)!;
    const tally = adherence.get(region);
    regions.push({
      region,
      lastWeek: week.metrics,
      monthToDate: monthLines.get(region)!.metrics,
      visits: week.metrics.visits.actual,
      planAdherence: tally === undefined ? null : ratioOrNull(tally.plannedVisitsDone, tally.plannedVisits),
      openSevereMarketItems: (market.get(region) ?? []).sort(byDate),
      openComplaints: (complaints.get(region) ?? []).sort(byDate),
      overdueSignOffs: overdue.get(region) ?? 0,
      customers: customerLines.get(region) ?? noCustomers,
    });
  }
  return { monday, lastWeek, month, regions };
}

function regionOfPerson(resolver: NameResolver, text: string | null): string | null {
  const person = resolver.salesperson(text);
  return person === null ? null : resolver.regionOf(person);
}
