/**
 * The daily rhythm of the demo (SPEC §1.3, §1.4): every working day each active salesperson plans about
 * eight visits in the morning and reports them in the evening. Some planned visits are missed, some
 * visits were not planned, a few days are on leave (one report row, no customer) or on a business trip.
 * Supervisors sign off plans and reports, except the most recent ones.
 */
import type { CustomerTypeKey, MetricKey, PurposeKey } from "../model";
import type { Day } from "../periods/day";
import type { CellValue } from "../plan/types";
import { ATTENDANCE, PURPOSES, YES_NO } from "../schema/enums";
import type { Lang } from "../schema/types";
import type { Mistakes } from "./mistakes";
import type { DemoCustomer, DemoPerson, Organisation } from "./organisation";
import { type Random, Weights } from "./random";
import * as text from "./texts";
import type { TableWriter } from "./writer";

/**
 * What one salesperson achieves on an average working day with this generator (measured on large
 * samples); targets are set around these so achievements land near 100 %.
 */
export const EXPECTED_PER_WORKING_DAY: Readonly<Record<MetricKey, number>> = {
  sales: 8500,
  grossMargin: 2100,
  collections: 7800,
  visits: 8.2,
  newOutlets: 0.016,
};

const LEAVE_CHANCE = 0.012;
const TRIP_CHANCE = 0.04;
const MISSED_CHANCE = 0.03;
const UNPLANNED_CHANCE = 0.5;
const MARGIN_BLANK_CHANCE = 0.15;
const CONVERSION_CHANCE = 0.02;
/** Rows this many working days old or older are always signed off. */
const SIGNED_AFTER_DAYS = 2;

type PurposeMix = readonly (readonly [PurposeKey, number])[];

const PURPOSE_MIX: Readonly<Record<CustomerTypeKey, PurposeMix>> = {
  prospect: [
    ["newCustomer", 0.7],
    ["marketResearch", 0.2],
    ["other", 0.1],
  ],
  dealer: [
    ["order", 0.4],
    ["collection", 0.3],
    ["service", 0.15],
    ["marketResearch", 0.05],
    ["complaint", 0.05],
    ["other", 0.05],
  ],
  keyAccount: [
    ["order", 0.4],
    ["service", 0.25],
    ["collection", 0.2],
    ["complaint", 0.05],
    ["other", 0.1],
  ],
  outlet: [
    ["order", 0.45],
    ["service", 0.25],
    ["marketResearch", 0.1],
    ["complaint", 0.08],
    ["collection", 0.07],
    ["other", 0.05],
  ],
};

const ORDER_CHANCE: Readonly<Record<PurposeKey, number>> = {
  order: 0.85,
  collection: 0.25,
  service: 0.3,
  marketResearch: 0.1,
  complaint: 0.15,
  other: 0.15,
  newCustomer: 0,
};

/** Cases per order by customer type: [min, max]. */
const CASES: Readonly<Record<CustomerTypeKey, readonly [number, number]>> = {
  dealer: [20, 150],
  keyAccount: [10, 80],
  outlet: [2, 20],
  prospect: [3, 12],
};

/** Collected amount by customer type: [min, max] yuan. */
const COLLECTED: Readonly<Record<CustomerTypeKey, readonly [number, number]>> = {
  dealer: [2000, 25000],
  keyAccount: [3000, 30000],
  outlet: [200, 2000],
  prospect: [200, 1000],
};

// Every five minutes from 08:00 to 19:55, built once instead of formatting a time per row.
const TIMES: readonly string[] = Array.from({ length: 144 }, (_, i) => {
  const minutes = 8 * 60 + 5 * i;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
});

const round2 = (x: number): number => Math.round(x * 100) / 100;

export interface VisitContext {
  readonly org: Organisation;
  readonly workingDays: readonly Day[];
  readonly random: Random;
  readonly mistakes: Mistakes;
  readonly lang: Lang;
  readonly plan: TableWriter<"VisitPlan">;
  readonly report: TableWriter<"DailyReport">;
}

/** Writes VisitPlan and DailyReport rows for every working day and active salesperson. */
export function writeVisits(ctx: VisitContext): void {
  const { org, workingDays, random, lang } = ctx;
  const purposeLabel = Object.fromEntries(PURPOSES.map((p) => [p.key, p.label[lang]])) as Record<
    PurposeKey,
    string
  >;
  const attendance = Object.fromEntries(ATTENDANCE.map((a) => [a.key, a.label[lang]]));
  const mixes = Object.fromEntries(
    Object.entries(PURPOSE_MIX).map(([type, mix]) => [
      type,
      { keys: mix.map(([k]) => k), weights: new Weights(mix.map(([, w]) => w)) },
    ]),
  ) as Record<CustomerTypeKey, { keys: PurposeKey[]; weights: Weights }>;
  const productWeights = new Weights(org.products.map((p) => p.popularity));
  const visitsPerDay = new Weights([1, 3, 1]);
  const converted = new Uint8Array(org.customers.length);
  const pool = (phrases: text.Phrases): readonly string[] => text.phrasesIn(phrases, lang);
  const objectives = Object.fromEntries(
    Object.entries(text.OBJECTIVES).map(([k, v]) => [k, pool(v)]),
  ) as Record<PurposeKey, readonly string[]>;
  const withOrder = pool(text.RESULTS_WITH_ORDER);
  const withoutOrder = pool(text.RESULTS_WITHOUT_ORDER);
  const complaintHandled = pool(text.COMPLAINT_HANDLED);
  const competitorInfo = pool(text.COMPETITOR_INFO);
  const feedback = pool(text.CUSTOMER_FEEDBACK);
  const news = pool(text.CUSTOMER_NEWS);
  const insights = pool(text.INSIGHTS);
  const comments = pool(text.SUPERVISOR_COMMENTS);

  // About 1 active customer in 25 goes quiet: the same ones for a seed. Half of them part-way through the
  // data; the other half 25–39 working days before its end, so their trailing sales still rank them and the
  // Customers sheet has silent A customers to call (SPEC §8.5), as a manager a month behind would see.
  const quietFrom = org.customers.map((c, index) => {
    const draw = (index * 2654435761) % 1000;
    if (c.status !== "active" || c.type === "prospect" || draw >= 40) return Infinity;
    // In a short sample (the pane's 20 days) they still have a quarter of it with visits.
    const late = workingDays.length - 25 - (draw % 15);
    if (draw % 2 === 0) return Math.max(Math.floor(workingDays.length * 0.25), late);
    return Math.floor(workingDays.length * (0.25 + (draw % 20) / 40));
  });
  const P = ctx.plan.col;
  const R = ctx.report.col;
  const plannedCustomers: number[] = [];
  const plannedPurposes: PurposeKey[] = [];

  const purposeFor = (customer: DemoCustomer, index: number): PurposeKey => {
    // A prospect that placed its first order is served like any outlet from then on.
    const type = customer.type === "prospect" && converted[index] ? "outlet" : customer.type;
    const mix = mixes[type];
    return mix.keys[random.weighted(mix.weights)];
  };

  const visitRow = (
    day: Day,
    person: DemoPerson,
    index: number,
    purpose: PurposeKey,
    present: string,
    supervisor: string | null,
  ): CellValue[] => {
    const customer = org.customers[index];
    const row = ctx.report.blank();
    row[R.date] = day;
    row[R.salesperson] = person.name;
    row[R.attendance] = present;
    row[R.customer] = customer.name;
    row[R.purpose] = purposeLabel[purpose];
    let ordered = random.chance(ORDER_CHANCE[purpose] * person.skill);
    let newOutlet = false;
    if (purpose === "newCustomer" && !converted[index] && random.chance(CONVERSION_CHANCE)) {
      converted[index] = 1;
      ordered = true;
      newOutlet = true;
    }
    if (ordered) {
      const product = org.products[random.weighted(productWeights)];
      const [min, max] = CASES[customer.type];
      // Dear products sell in fewer cases: scale so an order's value does not explode with the price.
      const cases = Math.max(
        1,
        Math.round(random.int(min, max) * person.skill * Math.min(1, 120 / product.unitPrice)),
      );
      const amount = round2(cases * product.unitPrice);
      row[R.product] = product.name;
      row[R.orderAmount] = amount;
      if (!random.chance(MARGIN_BLANK_CHANCE)) {
        row[R.grossMargin] = round2(amount * (1 - product.unitCost / product.unitPrice));
      }
    }
    row[R.result] = random.pick(ordered ? withOrder : withoutOrder);
    if (purpose === "collection" ? random.chance(0.8) : customer.type === "dealer" && random.chance(0.1)) {
      const [min, max] = COLLECTED[customer.type];
      row[R.collection] = Math.round(random.int(min, max) / 10) * 10;
    }
    row[R.newOutlet] = (newOutlet ? YES_NO.yes : YES_NO.no)[lang];
    if (purpose === "complaint") row[R.complaintHandled] = random.pick(complaintHandled);
    if (random.chance(0.85))
      row[R.expense] = present === attendance.businessTrip ? random.int(100, 600) : random.int(15, 180);
    if (random.chance(0.08)) row[R.competitorInfo] = random.pick(competitorInfo);
    if (random.chance(0.1)) row[R.customerFeedback] = random.pick(feedback);
    if (random.chance(0.05)) row[R.customerNews] = random.pick(news);
    if (supervisor !== null) {
      row[R.approvedBy] = supervisor;
      if (random.chance(0.08)) row[R.comment] = random.pick(comments);
    }
    return row;
  };

  workingDays.forEach((day, dayIndex) => {
    const settled = dayIndex < workingDays.length - SIGNED_AFTER_DAYS;
    for (const person of org.people) {
      if (!person.active) continue;
      const supervisor = org.regions[person.region].supervisor;
      const planSigner = settled || random.chance(0.5) ? supervisor : null;
      const reportSigner = settled || random.chance(0.2) ? supervisor : null;

      if (random.chance(LEAVE_CHANCE)) {
        const row = ctx.report.blank();
        row[R.date] = day;
        row[R.salesperson] = person.name;
        row[R.attendance] = attendance.leave;
        row[R.approvedBy] = reportSigner;
        ctx.mistakes.maybeSpoilReport(row);
        ctx.report.push(row);
        continue;
      }
      const present = random.chance(TRIP_CHANCE) ? attendance.businessTrip : attendance.present;

      // Choose today's customers: a partial shuffle of the person's own list, in place.
      const list = person.visitable;
      const count = Math.min(list.length, random.weighted(visitsPerDay) + 7);
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(random.next() * (list.length - i));
        const tmp = list[i];
        list[i] = list[j];
        list[j] = tmp;
      }
      plannedCustomers.length = 0;
      plannedPurposes.length = 0;
      let slot = 6 + random.int(0, 3);
      for (let i = 0; i < count; i++) {
        const index = list[i];
        // A customer that went quiet (SPEC §8.3 W10) is no longer on anyone's plan.
        if (quietFrom[index] <= dayIndex) continue;
        const customer = org.customers[index];
        const purpose = purposeFor(customer, index);
        const row = ctx.plan.blank();
        row[P.date] = day;
        row[P.salesperson] = person.name;
        row[P.customer] = customer.name;
        row[P.area] = customer.area;
        row[P.time] = TIMES[slot];
        row[P.purpose] = purposeLabel[purpose];
        row[P.objective] = random.pick(objectives[purpose]);
        if (planSigner !== null) {
          row[P.approvedBy] = planSigner;
          row[P.approvedOn] = day;
        }
        ctx.mistakes.maybeSpoilPlan(row);
        ctx.plan.push(row);
        slot += random.int(8, 14);
        if (!random.chance(MISSED_CHANCE)) {
          plannedCustomers.push(index);
          plannedPurposes.push(purpose);
        }
      }

      let lastRow: CellValue[] | null = null;
      for (let i = 0; i < plannedCustomers.length; i++) {
        lastRow = visitRow(day, person, plannedCustomers[i], plannedPurposes[i], present, reportSigner);
        ctx.mistakes.maybeSpoilReport(lastRow);
        ctx.report.push(lastRow);
      }
      if (count < list.length && random.chance(UNPLANNED_CHANCE)) {
        // An unplanned visit: a customer of the person's own who was not on today's plan.
        const index = list[random.int(count, list.length - 1)];
        if (quietFrom[index] <= dayIndex) continue;
        lastRow = visitRow(
          day,
          person,
          index,
          purposeFor(org.customers[index], index),
          present,
          reportSigner,
        );
        ctx.mistakes.maybeSpoilReport(lastRow);
        ctx.report.push(lastRow);
      }
      if (lastRow !== null && random.chance(0.3)) lastRow[R.insight] = random.pick(insights);
    }
  });
}
