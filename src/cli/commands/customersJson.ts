/** `customers` in `salespace rollup --json`: exactly the shape of SPEC §8.5, dates as YYYY-MM-DD. */
import type { CustomersModel } from "../../core/metrics/customers";
import { isoOfDay } from "../../core/periods";
import type { Day } from "../../core/periods/day";

const iso = (day: Day | null): string | null => (day === null ? null : isoOfDay(day));

/** The customer model as SPEC §8.5 spells it for `rollup --json`. */
export function customersJson(model: CustomersModel) {
  return {
    lines: model.lines.map((l) => ({
      id: l.id,
      name: l.name,
      type: l.type,
      region: l.region,
      owner: l.owner,
      status: l.status,
      class: l.class,
      firstOrder: iso(l.firstOrder),
      lastOrder: iso(l.lastOrder),
      lastVisit: iso(l.lastVisit),
      daysSinceVisit: l.daysSinceVisit,
      visits: l.visits,
      sales: l.sales,
      margin: l.margin,
      collections: l.collections,
      trailingSales: l.trailingSales,
      trailingMargin: l.trailingMargin,
      openComplaints: l.openComplaints,
      latestOverall: l.latestOverall,
      lifetimeValue: l.lifetimeValue,
      flags: l.flags,
    })),
    classes: model.classes.map((c) => ({
      class: c.class,
      customers: c.customers,
      sales: c.sales,
      share: c.share,
      lifetimeValueMean: c.lifetimeValueMean,
      lifetimeValueTotal: c.lifetimeValueTotal,
    })),
    development: model.development.map((d) => ({
      salesperson: d.salesperson,
      region: d.region,
      prospectsAtStart: d.prospectsAtStart,
      prospectsAdded: d.prospectsAdded,
      won: d.won,
      conversion: d.conversion,
      daysToFirstOrder: d.daysToFirstOrder,
      newCustomerVisitsPerWin: d.newCustomerVisitsPerWin,
    })),
    satisfaction: model.satisfaction.map((s) => ({
      level: s.level,
      name: s.name,
      surveys: s.surveys,
      csat: s.csat,
      satisfiedShare: s.satisfiedShare,
      nps: s.nps,
    })),
    complaints: {
      received: model.complaints.received,
      closedShare: model.complaints.closedShare,
      medianDaysToClose: model.complaints.medianDaysToClose,
      satisfiedShare: model.complaints.satisfiedShare,
    },
    churn: {
      rate: model.churn.rate,
      activeAtStart: model.churn.activeAtStart,
      lostInWindow: model.churn.lostInWindow,
      expectedLifetimeYears: model.churn.expectedLifetimeYears,
      lost: model.churn.lost,
      lostSales: model.churn.lostSales,
      reasons: model.churn.reasons.map((r) => ({
        reason: r.reason,
        customers: r.customers,
        lostSales: r.lostSales,
      })),
      interviewedShare: model.churn.interviewedShare,
      wonBack: model.churn.wonBack,
    },
  };
}
