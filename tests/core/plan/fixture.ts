/**
 * A small hand-built sales team for plan tests: two regions, three salespeople, two products,
 * November 2026 with a holiday, targets at year, month and region level, and report rows including an
 * ID typed for a name, a blank margin, and people's text that starts with formula characters.
 */
import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../../../src/core/metrics";
import type { SalesBook } from "../../../src/core/model";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { type RollupInput, templateLocations } from "../../../src/core/plan";
import { templateHeaders } from "../../../src/core/read";
import type { Lang } from "../../../src/core/schema/types";
import {
  book,
  calendarDay,
  complaint,
  customer,
  d,
  dailyReport,
  marketReport,
  product,
  resetRowNumbers,
  salesperson,
  target,
  visitPlan,
} from "../../support/rows";

export const AS_OF = d("2026-11-20");

/** The team; row numbers restart, so goldens do not depend on which test built a book first. */
export function smallTeam(): SalesBook {
  resetRowNumbers();
  return book({
    salespeople: [
      salesperson({ id: "S001", name: "王伟", region: "华东", active: true }),
      salesperson({ id: "S002", name: "李娜", region: "华东", active: true }),
      salesperson({ id: "S003", name: "赵强", region: "华北", active: true }),
    ],
    customers: [
      customer({ id: "C001", name: "联华超市", region: "华东", owner: "王伟" }),
      customer({ id: "C002", name: "家乐福", region: "华东", owner: "李娜" }),
      customer({ id: "C003", name: "物美", region: "华北", owner: "赵强" }),
    ],
    products: [
      product({ code: "P01", name: "绿茶", unitPrice: 100, unitCost: 75 }),
      product({ code: "P02", name: "红茶", unitPrice: 50, unitCost: 30 }),
    ],
    calendar: [calendarDay({ date: d("2026-11-02"), kind: "holiday", note: "调休" })],
    targets: [
      target({ period: "2026", salesperson: "王伟", region: "华东", metric: "sales", target: 250000 }),
      target({ period: "2026-11", salesperson: "李娜", region: "华东", metric: "sales", target: 20000 }),
      target({ period: "2026-11", salesperson: "S002", region: "华东", metric: "visits", target: 40 }),
      target({ period: "2026-11", region: "华北", metric: "sales", target: 30000 }),
      target({ period: "2026-11", salesperson: "赵强", region: "华北", metric: "sales", target: 28000 }),
      target({
        period: "2026-11",
        salesperson: "赵强",
        region: "华北",
        product: "绿茶",
        metric: "sales",
        target: 9000,
      }),
    ],
    visitPlan: [
      visitPlan({ date: d("2026-11-16"), salesperson: "王伟", customer: "联华超市", purpose: "order" }),
      visitPlan({ date: d("2026-11-17"), salesperson: "李娜", customer: "家乐福", purpose: "service" }),
    ],
    dailyReport: [
      dailyReport({
        date: d("2026-11-16"),
        salesperson: "王伟",
        customer: "联华超市",
        product: "绿茶",
        orderAmount: 12000,
        grossMargin: 2500,
        collection: 5000,
        newOutlet: true,
        expense: 200,
        approvedBy: "张主任",
      }),
      dailyReport({
        date: d("2026-11-18"),
        salesperson: "S001",
        customer: "联华超市",
        product: "P02",
        orderAmount: 3000,
        customerFeedback: '=HYPERLINK("http://x")',
      }),
      dailyReport({
        date: d("2026-11-17"),
        salesperson: "李娜",
        customer: "家乐福",
        product: "红茶",
        orderAmount: 8000,
        newOutlet: true,
        insight: "+1 more shelf",
      }),
      dailyReport({
        date: d("2026-11-19"),
        salesperson: "赵强",
        customer: "物美",
        product: "绿茶",
        orderAmount: 6000,
      }),
      dailyReport({ date: d("2026-11-25"), salesperson: "赵强", customer: "物美", orderAmount: 999 }),
    ],
    marketReport: [
      marketReport({
        date: d("2026-11-18"),
        reporter: "王伟",
        region: "华东",
        customer: "联华超市",
        category: "competitorPromotion",
        description: "=竞品买一送一",
        severity: "severe",
        affectsSales: true,
        status: "open",
      }),
    ],
    complaints: [
      complaint({
        received: d("2026-11-17"),
        customer: "@家乐福",
        salesperson: "李娜",
        type: "delivery",
        description: "-延迟三天",
        severity: "important",
      }),
    ],
  });
}

/** Everything buildRollupPlans needs, computed by the real core (by default for November 2026 as of the 20th). */
export function rollupInput(
  lang: Lang,
  team: SalesBook = smallTeam(),
  periodText = "2026-11",
  asOf = AS_OF,
): RollupInput {
  const index = buildMasterIndex(team);
  const calendar = buildCalendar(team.calendar);
  const period = parsePeriod(periodText)!;
  return {
    lang,
    book: team,
    headers: templateHeaders(lang),
    index,
    calendar,
    period,
    asOf,
    scorecard: buildScorecard({ book: team, index, calendar, period, asOf }),
    efficiency: buildEfficiency({ book: team, index, calendar, from: period.start, to: asOf, by: "week" }),
    weekly: buildWeeklyReport({ book: team, index, calendar, asOf, signOffOverdueDays: 2 }),
    locations: templateLocations(lang),
  };
}
