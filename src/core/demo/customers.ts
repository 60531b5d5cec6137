/**
 * Customer management in the demo (SPEC §8.1, §8.2): satisfaction surveys now and then, answered
 * as customers feel (recommendation follows the overall score), and the customers who left: every
 * churned customer left before the data begins; a few Active ones leave during it, some are
 * interviewed, some won back, and some are still listed Active (the master list lags, W12).
 */
import type { LostReasonKey, SurveyChannelKey } from "../model";
import type { Day } from "../periods/day";
import { LOST_REASONS, STATUSES, SURVEY_CHANNELS } from "../schema/enums";
import type { Lang } from "../schema/types";
import { LOST_IMPROVEMENTS, LOST_SAID, SURVEY_COMMENTS } from "./customerTexts";
import type { Organisation } from "./organisation";
import { type Random, Weights } from "./random";
import * as text from "./texts";
import type { TableWriter } from "./writer";

/** Chance that a salesperson records a survey on a working day. */
const SURVEY_CHANCE = 0.05;
/** Share of Active customers lost during the data. */
const LOST_DURING_SHARE = 0.03;
const CHANNEL_WEIGHTS: Readonly<Record<SurveyChannelKey, number>> = {
  visit: 5,
  phone: 3,
  online: 2,
  other: 1,
};
const REASON_WEIGHTS: Readonly<Record<LostReasonKey, number>> = {
  price: 5,
  competitorOffer: 4,
  delivery: 3,
  service: 3,
  quality: 2,
  relationship: 2,
  closedOrMoved: 1,
  other: 1,
};

export interface CustomerContext {
  readonly org: Organisation;
  readonly workingDays: readonly Day[];
  readonly random: Random;
  readonly lang: Lang;
  readonly satisfaction: TableWriter<"Satisfaction">;
  readonly lost: TableWriter<"LostCustomers">;
}

const clamp = (x: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(x)));

/** Writes Satisfaction and LostCustomers rows. */
export function writeCustomerVoice(ctx: CustomerContext): void {
  const { org, workingDays, random, lang } = ctx;
  const label = <K extends string>(
    values: readonly { key: K; label: { en: string; zh: string } }[],
    key: K,
  ) => values.find((v) => v.key === key)?.label[lang] ?? key;
  const channels = SURVEY_CHANNELS.map((c) => c.key);
  const channelWeights = new Weights(channels.map((k) => CHANNEL_WEIGHTS[k]));
  const reasons = LOST_REASONS.map((r) => r.key);
  const reasonWeights = new Weights(reasons.map((k) => REASON_WEIGHTS[k]));
  const first = workingDays[0];
  const last = workingDays[workingDays.length - 1];
  // How each customer feels about us, around "satisfied": surveys of one customer agree with each other.
  const mood = org.customers.map(() => random.between(2.2, 4.9));

  const S = ctx.satisfaction.col;
  for (const day of workingDays) {
    for (const person of org.people) {
      if (!person.active || person.visitable.length === 0 || !random.chance(SURVEY_CHANCE)) continue;
      const index = random.pick(person.visitable);
      const customer = org.customers[index];
      if (customer.status !== "active") continue;
      const row = ctx.satisfaction.blank();
      const score = () => clamp(mood[index] + random.between(-1, 1), 1, 5);
      const [quality, delivery, service, price] = [score(), score(), score(), score()];
      const overall = clamp((quality + delivery + service + price) / 4 + random.between(-0.5, 0.5), 1, 5);
      row[S.date] = day;
      row[S.customer] = customer.name;
      row[S.salesperson] = person.name;
      row[S.channel] = label(SURVEY_CHANNELS, channels[random.weighted(channelWeights)]);
      row[S.productQuality] = quality;
      row[S.delivery] = delivery;
      row[S.service] = service;
      row[S.price] = price;
      row[S.overall] = overall;
      row[S.recommend] = clamp(overall * 2 + random.between(-1.5, 0.5), 0, 10);
      if (random.chance(0.6)) {
        const pool =
          overall <= 2 ? SURVEY_COMMENTS.low : overall === 3 ? SURVEY_COMMENTS.mid : SURVEY_COMMENTS.high;
        row[S.comments] = random.pick(text.phrasesIn(pool, lang));
      }
      ctx.satisfaction.push(row);
    }
  }

  const L = ctx.lost.col;
  const writeLoss = (index: number, lostOn: Day, interviewChance: number, winBackChance: number) => {
    const customer = org.customers[index];
    const person = org.people[customer.owner];
    const reason = reasons[random.weighted(reasonWeights)];
    const row = ctx.lost.blank();
    row[L.lostOn] = lostOn;
    row[L.customer] = customer.name;
    row[L.salesperson] = person.name;
    row[L.reason] = label(LOST_REASONS, reason);
    if (reason === "competitorOffer" || reason === "price") row[L.competitor] = random.pick(text.COMPETITORS);
    row[L.owner] = random.chance(0.5) ? org.regions[person.region].supervisor : person.name;
    const interviewedOn = lostOn + random.int(2, 20);
    let status: "open" | "inProgress" | "closed" = random.chance(0.5) ? "open" : "inProgress";
    if (interviewedOn <= last && random.chance(interviewChance)) {
      row[L.interviewedOn] = interviewedOn;
      row[L.whatTheySaid] = random.pick(text.phrasesIn(LOST_SAID[reason], lang));
      row[L.improvement] = random.pick(text.phrasesIn(LOST_IMPROVEMENTS[reason], lang));
      status = random.chance(0.6) ? "closed" : "inProgress";
      const wonBackOn = interviewedOn + random.int(5, 25);
      if (wonBackOn <= last && random.chance(winBackChance)) {
        row[L.wonBackOn] = wonBackOn;
        status = "closed";
      }
    }
    row[L.status] = label(STATUSES, status);
    ctx.lost.push(row);
  };

  org.customers.forEach((customer, index) => {
    if (customer.status === "churned") {
      // Left before the data begins (the demo never visits churned customers), after it was created.
      const lostOn = Math.max(customer.since + 30, first - random.int(5, 300));
      writeLoss(index, Math.min(lostOn, first - 1), 0.75, 0);
    } else if (customer.status === "active" && random.chance(LOST_DURING_SHARE)) {
      const from = Math.floor(workingDays.length * 0.3);
      writeLoss(index, workingDays[random.int(from, workingDays.length - 1)], 0.5, 0.4);
    }
  });
}
