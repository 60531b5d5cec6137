/**
 * Market situation reports (SPEC §1.5) and customer complaints (§1.6): a few market items per person
 * per month, about one complaint per person per month. Older items are mostly closed, recent ones open.
 * Severe items that affect sales are escalated to the supervisor, as the handbook asks.
 */
import type { ComplaintTypeKey, MarketCategoryKey, SeverityKey } from "../model";
import type { Day } from "../periods/day";
import { COMPLAINT_TYPES, MARKET_CATEGORIES, SEVERITIES, STATUSES, YES_NO } from "../schema/enums";
import type { Lang } from "../schema/types";
import type { Mistakes } from "./mistakes";
import type { Organisation } from "./organisation";
import { type Random, Weights } from "./random";
import * as text from "./texts";
import type { TableWriter } from "./writer";

const MARKET_CHANCE = 0.12;
const COMPLAINT_CHANCE = 0.045;
/** Items younger than this many working days are still being handled. */
const SETTLING_DAYS = 10;

const CATEGORY_WEIGHTS: Readonly<Record<MarketCategoryKey, number>> = {
  consumerFeedback: 3,
  competitorPromotion: 3,
  competitorNewProduct: 2,
  dealerComplaint: 2,
  personnelChange: 1,
  other: 1,
};
const SEVERITY_WEIGHTS: Readonly<Record<SeverityKey, number>> = { normal: 6, important: 3, severe: 1 };
const AFFECTS_SALES_CHANCE: Readonly<Record<SeverityKey, number>> = {
  normal: 0.2,
  important: 0.5,
  severe: 0.85,
};
const COMPLAINT_WEIGHTS: Readonly<Record<ComplaintTypeKey, number>> = {
  quality: 3,
  delivery: 3,
  price: 2,
  service: 2,
  other: 1,
};

export interface MarketContext {
  readonly org: Organisation;
  readonly workingDays: readonly Day[];
  readonly random: Random;
  readonly mistakes: Mistakes;
  readonly lang: Lang;
  readonly market: TableWriter<"MarketReport">;
  readonly complaints: TableWriter<"Complaints">;
}

/** Writes MarketReport and Complaints rows over the working days. */
export function writeMarketAndComplaints(ctx: MarketContext): void {
  const { org, workingDays, random, lang } = ctx;
  const label = <K extends string>(
    values: readonly { key: K; label: { en: string; zh: string } }[],
    key: K,
  ): string => values.find((v) => v.key === key)?.label[lang] ?? key;
  const categories = MARKET_CATEGORIES.map((v) => v.key);
  const categoryWeights = new Weights(categories.map((k) => CATEGORY_WEIGHTS[k]));
  const severities = SEVERITIES.map((v) => v.key);
  const severityWeights = new Weights(severities.map((k) => SEVERITY_WEIGHTS[k]));
  const complaintTypes = COMPLAINT_TYPES.map((v) => v.key);
  const complaintWeights = new Weights(complaintTypes.map((k) => COMPLAINT_WEIGHTS[k]));
  const lastDay = workingDays[workingDays.length - 1];
  const M = ctx.market.col;
  const C = ctx.complaints.col;

  workingDays.forEach((day, dayIndex) => {
    const settled = dayIndex < workingDays.length - SETTLING_DAYS;
    // Closing dates never pass the last day of the data: nothing is dated in the future.
    const closeDate = (): Day | null => {
      const closed = day + random.int(1, 15);
      return closed <= lastDay ? closed : null;
    };
    for (const person of org.people) {
      if (!person.active) continue;
      const region = org.regions[person.region];
      const ownCustomer = (): string => org.customers[random.pick(person.visitable)].name;

      if (random.chance(MARKET_CHANCE)) {
        const category = categories[random.weighted(categoryWeights)];
        const severity = severities[random.weighted(severityWeights)];
        const affects = random.chance(AFFECTS_SALES_CHANCE[severity]);
        const row = ctx.market.blank();
        row[M.date] = day;
        row[M.reporter] = person.name;
        row[M.region] = region.name;
        if (random.chance(0.6)) row[M.customer] = ownCustomer();
        row[M.category] = label(MARKET_CATEGORIES, category);
        if (random.chance(0.5)) row[M.product] = random.pick(org.products).name;
        if (category === "competitorPromotion" || category === "competitorNewProduct") {
          row[M.competitor] = random.pick(text.COMPETITORS);
        }
        row[M.description] = random.pick(text.phrasesIn(text.MARKET_DESCRIPTIONS[category], lang));
        row[M.severity] = label(SEVERITIES, severity);
        row[M.affectsSales] = (affects ? YES_NO.yes : YES_NO.no)[lang];
        row[M.action] = random.pick(text.phrasesIn(text.MARKET_ACTIONS, lang));
        const escalate = (severity === "severe" && affects) || (severity !== "normal" && random.chance(0.3));
        if (escalate) row[M.escalatedTo] = region.supervisor;
        const closedOn = settled && random.chance(0.85) ? closeDate() : null;
        row[M.status] = label(
          STATUSES,
          closedOn !== null ? "closed" : random.chance(0.5) ? "inProgress" : "open",
        );
        row[M.closedOn] = closedOn;
        if (severity === "severe" && affects) ctx.mistakes.maybeLeaveUnescalated(row);
        ctx.market.push(row);
      }

      if (random.chance(COMPLAINT_CHANCE)) {
        const type = complaintTypes[random.weighted(complaintWeights)];
        const row = ctx.complaints.blank();
        row[C.received] = day;
        row[C.customer] = ownCustomer();
        row[C.salesperson] = person.name;
        if (type !== "service") row[C.product] = random.pick(org.products).name;
        row[C.type] = label(COMPLAINT_TYPES, type);
        row[C.description] = random.pick(text.phrasesIn(text.COMPLAINT_DESCRIPTIONS[type], lang));
        row[C.severity] = label(SEVERITIES, severities[random.weighted(severityWeights)]);
        row[C.handler] = random.chance(0.5) ? region.supervisor : person.name;
        row[C.action] = random.pick(text.phrasesIn(text.COMPLAINT_ACTIONS, lang));
        const closedOn = settled && random.chance(0.85) ? closeDate() : null;
        if (closedOn !== null) {
          row[C.closedOn] = closedOn;
          row[C.customerSatisfied] = (random.chance(0.8) ? YES_NO.yes : YES_NO.no)[lang];
        }
        ctx.complaints.push(row);
      }
    }
  });
}
