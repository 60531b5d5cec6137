/**
 * Customer management (客户管理, SPEC §8.4): a pure function of typed rows. `computeCustomers` is the
 * one entry point — the Customers rollup sheet, the Weekly report lines, the pane's Customers screen
 * and `rollup --json` all show what it returns. It folds the book's rows into customer accounts
 * (accounts.ts) and builds the model from them with `customersFromAccounts`, which a company rollup
 * (SPEC §9) calls on the accounts of many books merged.
 */
import type { MasterIndex } from "../../lists/types";
import type { SalesBook } from "../../model";
import { countWorkingDays, type WorkCalendar } from "../../periods";
import type { Day } from "../../periods/day";
import { ratioOrNull } from "../figures";
import { createResolver, type NameResolver } from "../resolve";
import { churnInView } from "./churn";
import { customerAccounts, type CustomerAccounts } from "./accounts";
import { silenceOf } from "./silence";
import { classifyAccounts } from "./classes";
import { customerDevelopment } from "./development";
import { buildLedger, isLostOn } from "./ledger";
import { ComplaintTally, SurveyTally } from "./satisfaction";
import {
  CUSTOMER_CLASSES,
  NORM_WORKING_DAYS,
  customerThresholds,
  type CustomerClass,
  type CustomerThresholds,
} from "./thresholds";
import type {
  ClassSummary,
  ComplaintFigures,
  CustomerFlag,
  CustomerLine,
  CustomersModel,
  RegionValue,
  SatisfactionLine,
  SilentCustomer,
} from "./types";
import { churnRate, lifetimeValues } from "./value";

export type * from "./types";
export { type CustomerClass, type CustomerThresholds, DEFAULT_CUSTOMER_THRESHOLDS } from "./thresholds";
export { type CustomerAccount, type CustomerAccounts, customerAccounts, mergeAccounts } from "./accounts";
export { classifyAccounts } from "./classes";
export { ComplaintTally, SurveyTally } from "./satisfaction";
export { weeklyCustomerLines, type WeeklyCustomers } from "./weekly";

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

const CLASS_ORDER: Readonly<Record<CustomerClass, number>> = { A: 0, B: 1, C: 2 };

/**
 * Everything the customer rollup shows for a view and as-of date (SPEC §8.4, §8.5).
 *
 * @example computeCustomers({ book, index, calendar, view: parsePeriod("2026-11")!, asOf: dayFromIso("2026-11-20")! }).classes
 */
export function computeCustomers(input: CustomersInput): CustomersModel {
  const { book, asOf } = input;
  const resolver = input.resolver ?? createResolver(book, input.index);
  const from = input.view.start;
  const to = Math.min(input.view.end, asOf);
  const surveys = new SurveyTally(from, to);
  surveys.add(book.satisfaction, (text) => resolver.salesperson(text));
  const complaints = new ComplaintTally(from, to, asOf);
  complaints.add(book.complaints);
  const salespeople = book.salespeople
    .map((p) => resolver.salesperson(p.name))
    .filter((n): n is string => n !== null);
  return customersFromAccounts({
    accounts: customerAccounts(buildLedger(book, resolver, asOf), input.view, asOf),
    surveys: surveys.lines((name) => resolver.regionOf(name)),
    complaints: complaints.figures(),
    salespeople: [...new Set(salespeople)],
    resolver,
    calendar: input.calendar,
    view: input.view,
    asOf,
    thresholds: input.thresholds,
  });
}

/** What the customer model is made of, whether from one book or summed over several (SPEC §9). */
export interface CustomerFigures {
  /** Built for `view` and `asOf`. */
  readonly accounts: CustomerAccounts;
  readonly surveys: readonly SatisfactionLine[];
  readonly complaints: ComplaintFigures;
  /** Canonical salespeople in list order (development lines come in this order). */
  readonly salespeople: readonly string[];
  readonly resolver: NameResolver;
  readonly calendar: WorkCalendar;
  readonly view: { readonly start: Day; readonly end: Day };
  readonly asOf: Day;
  readonly thresholds?: Partial<CustomerThresholds>;
}

/**
 * The customer model from accounts: lines, ABC summary, lifetime value per region, development,
 * satisfaction, complaints, churn and the silent customers to call.
 *
 * @example customersFromAccounts({ accounts, surveys, complaints, salespeople, resolver, calendar, view, asOf }).lines
 */
export function customersFromAccounts(input: CustomerFigures): CustomersModel {
  const { accounts, calendar, asOf, resolver } = input;
  const t = customerThresholds(input.thresholds);
  const from = input.view.start;
  const to = Math.min(input.view.end, asOf);
  const classed = classifyAccounts(accounts, asOf, t);
  const classOf = new Map(classed.map((c) => [c.key, c.class]));
  const rate = churnRate(accounts, asOf);
  const values = lifetimeValues(classed, accounts, asOf, rate.expectedLifetimeYears);
  const elapsed = to >= from ? countWorkingDays(calendar, from, to) : 0;

  const lines: CustomerLine[] = [];
  for (const [key, account] of accounts) {
    const master = account.master;
    if (master === null) continue;
    const cls = classOf.get(key) ?? null;
    const view = account.view;
    const lost = isLostOn(account, asOf);
    const coverage =
      cls === null || elapsed === 0
        ? null
        : ratioOrNull(view.visits, (t.visitNorm[cls] * elapsed) / NORM_WORKING_DAYS);
    const flags: CustomerFlag[] = [];
    const quiet = silenceOf(
      master.since,
      account.lastVisit,
      account.lastOrder,
      asOf,
      t.silentVisitDays,
      t.silentOrderDays,
    );
    if (master.status === "active" && !lost && quiet !== null) flags.push("silent");
    if (coverage !== null && coverage < 1) flags.push("underVisited");
    if (lost) flags.push("lost");
    lines.push({
      row: master.row,
      id: master.id,
      name: account.name,
      type: master.type,
      region: resolver.region(master.region) ?? master.region,
      owner: resolver.salesperson(master.owner) ?? master.owner,
      status: master.status,
      class: cls,
      firstOrder: account.firstOrder,
      lastOrder: account.lastOrder,
      lastVisit: account.lastVisit,
      daysSinceVisit: account.lastVisit === null ? null : asOf - account.lastVisit,
      visits: view.visits,
      sales: view.sales,
      margin: view.margin,
      collections: view.collections,
      trailingSales: account.trailingSales,
      trailingMargin: account.trailingMargin,
      openComplaints: account.openComplaints,
      latestOverall: account.latestOverall?.score ?? null,
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

  return {
    lines,
    classes,
    regions,
    development: customerDevelopment(accounts, resolver, input.salespeople, from, to),
    satisfaction: input.surveys,
    complaints: input.complaints,
    churn: churnInView(accounts, rate, from, to),
    silent,
  };
}
