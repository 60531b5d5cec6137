/**
 * A small sales team for metrics tests. November 2026 has no holidays: 21 working days; as of
 * Friday 2026-11-20, 15 have passed (11-02…06, 09…13, 16…20).
 */
import { buildMasterIndex } from "../../../src/core/lists";
import type { SalesBook } from "../../../src/core/model";
import { book, d, dailyReport, product, salesperson, target } from "../../support/rows";

export const team = [
  salesperson({ id: "S001", name: "王伟", region: "华东", active: true }),
  salesperson({ id: "S002", name: "李娜", region: "华东", active: true }),
  salesperson({ id: "S003", name: "张强", region: "华北", active: true }),
  salesperson({ id: "S004", name: "赵敏", region: "华北", active: false }),
  salesperson({ id: "S005", name: "陈晨", region: "华北", active: false }),
];

export const products = [
  product({ code: "P-A", name: "A", unitPrice: 100, unitCost: 75 }), // margin rate 25 %
  product({ code: "P-B", name: "B", unitPrice: 50, unitCost: null }), // cost unknown: derived margin 0
];

export function novemberBook(): SalesBook {
  return book({
    salespeople: team,
    products,
    dailyReport: [
      dailyReport({
        date: d("2026-11-02"),
        salesperson: "王伟",
        customer: "C1",
        product: "A",
        orderAmount: 1000,
        collection: 500,
        expense: 50,
        newOutlet: true,
      }),
      dailyReport({
        date: d("2026-11-03"),
        salesperson: "王伟",
        customer: "C1",
        product: "A",
        orderAmount: 2000,
        grossMargin: 300,
        newOutlet: true,
      }),
      dailyReport({ date: d("2026-11-04"), salesperson: "王伟", attendance: "leave" }),
      dailyReport({
        date: d("2026-11-10"),
        salesperson: "S001",
        customer: "C2",
        orderAmount: 0,
        expense: 30,
        newOutlet: true,
      }),
      dailyReport({ date: d("2026-11-21"), salesperson: "王伟", customer: "C1", orderAmount: 9999 }),
      dailyReport({ date: d("2026-10-31"), salesperson: "王伟", customer: "C1", orderAmount: 8888 }),
      dailyReport({
        date: d("2026-11-05"),
        salesperson: "李娜",
        customer: "C3",
        product: "B",
        orderAmount: 500,
        collection: 100,
      }),
      dailyReport({
        date: d("2026-11-06"),
        salesperson: "张强",
        customer: "C4",
        product: "A",
        orderAmount: 3000,
      }),
      dailyReport({
        date: d("2026-11-09"),
        salesperson: "陈晨",
        customer: "C5",
        orderAmount: 100,
        grossMargin: 20,
      }),
      dailyReport({ date: d("2026-11-09"), salesperson: "Nobody", customer: "C6", orderAmount: 5000 }),
      dailyReport({ date: null, salesperson: "王伟", customer: "C1", orderAmount: 7777 }),
    ],
    targets: [
      target({ period: "2026-11", salesperson: "王伟", region: "华东", metric: "sales", target: 4200 }),
      target({ period: "2026", salesperson: "王伟", region: "华东", metric: "sales", target: 99999 }),
      target({
        period: "2026-11",
        salesperson: "王伟",
        region: "华东",
        product: "A",
        metric: "sales",
        target: 1000,
      }),
      target({
        period: "2026-11",
        salesperson: "王伟",
        region: "华东",
        dealer: "D1",
        metric: "sales",
        target: 1000,
      }),
      target({ period: "2026-11", salesperson: "王伟", region: "华东", metric: "visits", target: 60 }),
      target({ period: "2026-Q4", salesperson: "李娜", region: "华东", metric: "sales", target: 6600 }),
      target({ period: "2026-11", salesperson: "张强", region: "华北", metric: "sales", target: 3000 }),
      target({ period: "2026-11", salesperson: "陈晨", region: "华北", metric: "sales", target: 150 }),
      target({ period: "2026-11", region: "华北", metric: "sales", target: 10000 }),
    ],
  });
}

export const indexOf = buildMasterIndex;
