/**
 * Customer management (客户管理, SPEC §8.4): a pure function of typed rows. `computeCustomers` is the
 * one entry point — the Customers rollup sheet, the Weekly report lines, the pane's Customers screen
 * and `rollup --json` all show what it returns, and a consolidation over many books can call it on
 * their combined rows.
 */
import type { MasterIndex } from "../../lists/types";
import type { SalesBook } from "../../model";
import { countWorkingDays, type WorkCalendar } from "../../periods";
import type { Day } from "../../periods/day";
import { isOnScale } from "../../validate/scores";
import { SATISFACTION_SCALE } from "../../schema/tables";
import { ratioOrNull } from "../figures";
import { createResolver, type NameResolver } from "../resolve";
import { churnInView } from "./churn";
import { silence } from "./silence";
import { classifyCustomers } from "./classes";
import { customerDevelopment } from "./development";
import { buildLedger, isLostOn, keyDates, totalsBetween, type CustomerHistory } from "./ledger";
import { complaintFigures, satisfactionLines } from "./satisfaction";
import {
  CUSTOMER_CLASSES,
  NORM_WORKING_DAYS,
  TRAILING_DAYS,
  customerThresholds,
  type CustomerClass,
  type CustomerThresholds,
} from "./thresholds";
import type {
  ClassSummary,
  CustomerFlag,
  CustomerLine,
  CustomersModel,
  RegionValue,
  SilentCustomer,
} from "./types";
import { churnRate, lifetimeValues } from "./value";

export type * from "./types";
export { type CustomerClass, type CustomerThresholds, DEFAULT_CUSTOMER_THRESHOLDS } from "./thresholds";

export interface CustomersInput {
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  /** The view: its first and last day (a period). */
  readonly view: { readonly start: Day; readonly end: Day };
  /** Rows after it never count; silence and classes are as of it. */
  readonly asOf: Day;
  /** Settings of the workbook (missing ones take their defaults). */
  readonly thresholds?: Partial<CustomerThresholds>;
  /** Reuse a resolver already built for this book (optional). */
  readonly resolver?: NameResolver;
}

function latestOverall(history: CustomerHistory): number | null {
  let best: { day: Day; score: number } | null = null;
  for (const s of history.surveys)
    if (s.date !== null && s.overall !== null && isOnScale(s.overall, SATISFACTION_SCALE))
      if (best === null || s.date >= best.day) best = { day: s.date, score: s.overall };
  return best?.score ?? null;
}

function openComplaints(history: CustomerHistory, asOf: Day): number {
  return history.complaints.filter((c) => c.closedOn === null || c.closedOn > asOf).length;
}

const CLASS_ORDER: Readonly<Record<CustomerClass, number>> = { A: 0, B: 1, C: 2 };

/**
 * Everything the customer rollup shows for a view and as-of date (SPEC §8.4, §8.5).
 *
 * @example computeCustomers({ book, index, calendar, view: parsePeriod("2026-11")!, asOf: dayFromIso("2026-11-20")! }).classes
 */
export function computeCustomers(input: CustomersInput): CustomersModel {
  const { book, calendar, asOf } = input;
  const t = customerThresholds(input.thresholds);
  const resolver = input.resolver ?? createResolver(book, input.index);
  const from = input.view.start;
  const to = Math.min(input.view.end, asOf);
  const ledger = buildLedger(book, resolver, asOf);
  const classed = classifyCustomers(ledger, asOf, t);
  const classOf = new Map(classed.map((c) => [c.key, c.class]));
  const rate = churnRate(ledger, asOf);
  const values = lifetimeValues(classed, ledger, asOf, rate.expectedLifetimeYears);
  const elapsed = to >= from ? countWorkingDays(calendar, from, to) : 0;

  const lines: CustomerLine[] = [];
  for (const [key, history] of ledger) {
    const master = history.master;
    if (master === null) continue;
    const cls = classOf.get(key) ?? null;
    const dates = keyDates(history);
    const view =
      to >= from ? totalsBetween(history, from, to) : { visits: 0, sales: 0, margin: 0, collections: 0 };
    const trailing = totalsBetween(history, asOf - TRAILING_DAYS + 1, asOf);
    const lost = isLostOn(history, asOf);
    const coverage =
      cls === null || elapsed === 0
        ? null
        : ratioOrNull(view.visits, (t.visitNorm[cls] * elapsed) / NORM_WORKING_DAYS);
    const flags: CustomerFlag[] = [];
    if (
      master.status === "active" &&
      !lost &&
      silence(history, asOf, t.silentVisitDays, t.silentOrderDays) !== null
    )
      flags.push("silent");
    if (coverage !== null && coverage < 1) flags.push("underVisited");
    if (lost) flags.push("lost");
    lines.push({
      row: master.row,
      id: master.id,
      name: history.name,
      type: master.type,
      region: resolver.region(master.region) ?? master.region,
      owner: resolver.salesperson(master.owner) ?? master.owner,
      status: master.status,
      class: cls,
      firstOrder: dates.firstOrder,
      lastOrder: dates.lastOrder,
      lastVisit: dates.lastVisit,
      daysSinceVisit: dates.lastVisit === null ? null : asOf - dates.lastVisit,
      visits: view.visits,
      sales: view.sales,
      margin: view.margin,
      collections: view.collections,
      trailingSales: trailing.sales,
      trailingMargin: trailing.margin,
      openComplaints: openComplaints(history, asOf),
      latestOverall: latestOverall(history),
      lifetimeValue: values.get(key) ?? null,
      flags,
      coverage,
    });
  }

  const classedTotal = classed.reduce((sum, c) => sum + c.trailingSales, 0);
  const classes: ClassSummary[] = CUSTOMER_CLASSES.map((cls) => {
    const members = classed.filter((c) => c.class === cls);
    const sales = members.reduce((sum, c) => sum + c.trailingSales, 0);
    const valued = members.map((c) => values.get(c.key)).filter((v): v is number => typeof v === "number");
    const total = valued.reduce((sum, v) => sum + v, 0);
    return {
      class: cls,
      customers: members.length,
      sales,
      share: ratioOrNull(sales, classedTotal),
      lifetimeValueMean: ratioOrNull(total, valued.length),
      lifetimeValueTotal: total,
    };
  });

  const byRegion = new Map<string, number[]>();
  for (const line of lines) {
    if (line.class === null || line.region === null) continue;
    const list = byRegion.get(line.region) ?? [];
    if (line.lifetimeValue !== null) list.push(line.lifetimeValue);
    byRegion.set(line.region, list);
  }
  const regions: RegionValue[] = [...byRegion].map(([region, list]) => {
    const total = list.reduce((sum, v) => sum + v, 0);
    return {
      region,
      customers: list.length,
      lifetimeValueMean: ratioOrNull(total, list.length),
      lifetimeValueTotal: total,
    };
  });

  const silent: SilentCustomer[] = lines
    .filter((l) => l.flags.includes("silent"))
    .map((l) => ({
      row: l.row,
      name: l.name,
      class: l.class,
      owner: l.owner,
      region: l.region,
      lastVisit: l.lastVisit,
      lastOrder: l.lastOrder,
      daysSinceVisit: l.daysSinceVisit,
      trailingSales: l.trailingSales,
    }))
    .sort(
      (a, b) =>
        (a.class === null ? 3 : CLASS_ORDER[a.class]) - (b.class === null ? 3 : CLASS_ORDER[b.class]) ||
        b.trailingSales - a.trailingSales ||
        (b.daysSinceVisit ?? Infinity) - (a.daysSinceVisit ?? Infinity),
    );

  const salespeople = book.salespeople
    .map((p) => resolver.salesperson(p.name))
    .filter((n): n is string => n !== null);
  return {
    lines,
    classes,
    regions,
    development: customerDevelopment(ledger, resolver, [...new Set(salespeople)], from, to),
    satisfaction: satisfactionLines(book.satisfaction, resolver, from, to),
    complaints: complaintFigures(book.complaints, from, to, asOf),
    churn: churnInView(ledger, rate, from, to),
    silent,
  };
}
