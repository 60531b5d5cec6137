/**
 * A small hand-computed book for the customer metrics (SPEC §8.4): seven customers of 王伟 in 华东,
 * surveys, complaints and lost customers, viewed over November 2026 as of Friday 2026-11-27
 * (20 working days elapsed: no holidays). Every figure the tests expect is worked out next to them.
 */
import type { SalesBook } from "../../../../src/core/model";
import type { PurposeKey } from "../../../../src/core/model";
import {
  book,
  complaint,
  customer,
  d,
  dailyReport,
  lostCustomer,
  salesperson,
  survey,
} from "../../../support/rows";

export const AS_OF = d("2026-11-27");
export const VIEW = { start: d("2026-11-01"), end: d("2026-11-30") };

const client = (name: string, since: string, status: "active" | "prospect" | "churned" = "active") =>
  customer({ id: `C-${name}`, name, region: "华东", owner: "王伟", since: d(since), status });

const row = (
  who: string,
  date: string,
  amount: number | null,
  margin: number | null,
  purpose: PurposeKey = "order",
) =>
  dailyReport({
    date: d(date),
    salesperson: "王伟",
    attendance: "present",
    customer: who,
    purpose,
    orderAmount: amount,
    grossMargin: margin,
  });

export function customersBook(): SalesBook {
  return book({
    salespeople: [
      salesperson({ id: "S001", name: "王伟", region: "华东" }),
      salesperson({ id: "S002", name: "李娜", region: "华东" }),
    ],
    customers: [
      client("甲", "2025-01-01"),
      client("乙", "2025-01-01"),
      client("丙", "2025-01-01"),
      client("丁", "2026-10-15"), // 43 days of history: short
      client("戊", "2026-09-01", "prospect"),
      client("己", "2024-01-01", "churned"),
      client("庚", "2025-01-01"), // lost on 11-16, still listed Active
      client("辛", "2026-11-09", "prospect"), // created in the view
      client("癸", "2025-01-01"), // lost on 09-01, won back on 11-18
    ],
    dailyReport: [
      row("甲", "2026-06-01", 6000, 1500),
      row("甲", "2026-11-03", null, null),
      row("甲", "2026-11-10", 2000, 500),
      row("甲", "2026-11-17", null, null),
      row("甲", "2026-11-24", null, null),
      row("乙", "2026-08-03", 500, 100),
      row("乙", "2026-11-05", 1000, 200),
      row("丙", "2026-03-02", 500, 100),
      row("丁", "2026-11-12", null, null, "newCustomer"),
      row("戊", "2026-11-02", null, null, "newCustomer"),
      row("戊", "2026-11-20", 300, 60),
      row("己", "2026-02-01", 4000, 800),
      row("庚", "2026-10-01", 1000, 250),
      row("甲", "2026-11-30", 99999, 99999), // after the as-of date: never counts
    ],
    satisfaction: [
      survey({ date: d("2026-10-20"), customer: "甲", salesperson: "王伟", overall: 1, recommend: 0 }), // before the view
      survey({ date: d("2026-11-05"), customer: "甲", salesperson: "王伟", overall: 5, recommend: 10 }),
      survey({ date: d("2026-11-10"), customer: "乙", salesperson: "王伟", overall: 4, recommend: 8 }),
      survey({ date: d("2026-11-12"), customer: "丙", salesperson: "李娜", overall: 2, recommend: 3 }),
      survey({ date: d("2026-11-20"), customer: "丁", salesperson: "李娜", overall: 6, recommend: 9 }), // E09
    ],
    complaints: [
      complaint({
        received: d("2026-11-02"),
        customer: "甲",
        closedOn: d("2026-11-06"),
        customerSatisfied: true,
      }),
      complaint({
        received: d("2026-11-09"),
        customer: "乙",
        closedOn: d("2026-11-19"),
        customerSatisfied: false,
      }),
      complaint({ received: d("2026-11-16"), customer: "丙" }),
      complaint({
        received: d("2026-11-20"),
        customer: "甲",
        closedOn: d("2026-11-22"),
        customerSatisfied: true,
      }),
    ],
    lostCustomers: [
      lostCustomer({
        lostOn: d("2026-05-10"),
        customer: "己",
        reason: "price",
        interviewedOn: d("2026-05-20"),
        improvement: "调价",
      }),
      lostCustomer({
        lostOn: d("2026-11-16"),
        customer: "庚",
        reason: "competitorOffer",
        improvement: "专项促销",
      }),
      lostCustomer({
        lostOn: d("2026-09-01"),
        customer: "癸",
        reason: "service",
        interviewedOn: d("2026-09-05"),
        wonBackOn: d("2026-11-18"),
      }),
    ],
  });
}
