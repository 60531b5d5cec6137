/**
 * Planned against reported visits (SPEC §3 efficiency): a planned visit is done when the same
 * salesperson reported a visit to the same customer on that day; a reported visit is unplanned when
 * that salesperson had no plan row for that customer that day. Where a customer is planned (or
 * visited) twice in a day, min(planned, reported) of them are done.
 */
import type { SalesBook } from "../model";
import type { Day } from "../periods/day";
import type { NameResolver } from "./resolve";

/** Visit figures of one group (a salesperson's week, a region's week…). */
export interface VisitTally {
  visits: number;
  visitsWithOrder: number;
  sales: number;
  expense: number;
  plannedVisits: number;
  plannedVisitsDone: number;
  unplannedVisits: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): VisitTally {
  return {
    visits: 0,
    visitsWithOrder: 0,
    sales: 0,
    expense: 0,
    plannedVisits: 0,
    plannedVisitsDone: 0,
    unplannedVisits: 0,
  };
}

/**
 * Tallies plan and report rows dated `from`…`to` into groups. `groupOf` names the group of a
 * salesperson's day, or null to leave it out; rows whose salesperson does not resolve are left out.
 * Plans are read first into counts per (salesperson, day, customer); each reported visit then uses up
 * one planned visit of its slot (done) or, where the slot had no plan at all, counts as unplanned.
 *
 * @example tallyVisits(book, resolver, monday, sunday, (person) => resolver.regionOf(person))
 */
export function tallyVisits(
  book: SalesBook,
  resolver: NameResolver,
  from: Day,
  to: Day,
  groupOf: (salesperson: string, day: Day) => string | null,
): Map<string, VisitTally> {
  const tallies = new Map<string, VisitTally>();
  const tallyOf = (group: string): VisitTally => {
    let tally = tallies.get(group);
    if (tally === undefined) {
      tally = emptyTally();
      tallies.set(group, tally);
    }
    return tally;
  };
  const slots = new PlanSlots(book.salespeople.length + 1, from);
  for (const row of book.visitPlan) {
    if (row.date === null || row.date < from || row.date > to) continue;
    const person = resolver.salesperson(row.salesperson);
    const customer = resolver.customer(row.customer);
    if (person === null || customer === null) continue;
    const group = groupOf(person, row.date);
    if (group === null) continue;
    tallyOf(group).plannedVisits += 1;
    slots.plan(person, row.date, customer);
  }
  for (const row of book.dailyReport) {
    if (row.date === null || row.date < from || row.date > to) continue;
    const person = resolver.salesperson(row.salesperson);
    if (person === null) continue;
    const group = groupOf(person, row.date);
    if (group === null) continue;
    const tally = tallyOf(group);
    tally.sales += row.orderAmount ?? 0;
    tally.expense += row.expense ?? 0;
    const customer = resolver.customer(row.customer);
    if (customer === null) continue;
    tally.visits += 1;
    if ((row.orderAmount ?? 0) > 0) tally.visitsWithOrder += 1;
    const outcome = slots.visit(person, row.date, customer);
    if (outcome === "unplanned") tally.unplannedVisits += 1;
    else if (outcome === "done") tally.plannedVisitsDone += 1;
  }
  return tallies;
}

/**
 * Planned visits left per (salesperson, day, customer). Keyed by a small integer per salesperson-day,
 * holding a short list of [customer id, planned visits left] pairs: a day has a handful of customers,
 * and with hundreds of thousands of rows a text key per row (built, hashed, kept) was the slow part.
 */
class PlanSlots {
  private readonly people = new Map<string, number>();
  private readonly customers = new Map<string, number>();
  private readonly days = new Map<number, number[]>();

  constructor(
    private readonly peopleBound: number,
    private readonly from: Day,
  ) {}

  plan(person: string, day: Day, customer: string): void {
    const pairs = this.pairsOf(person, day, true)!;
    const id = this.customerId(customer);
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i] === id) {
        pairs[i + 1] += 1;
        return;
      }
    }
    pairs.push(id, 1);
  }

  /** Uses up one planned visit: "done"; none left: "extra" (planned, already done); no plan: "unplanned". */
  visit(person: string, day: Day, customer: string): "done" | "extra" | "unplanned" {
    const pairs = this.pairsOf(person, day, false);
    if (pairs === undefined) return "unplanned";
    const id = this.customers.get(customer);
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i] !== id) continue;
      if (pairs[i + 1] === 0) return "extra";
      pairs[i + 1] -= 1;
      return "done";
    }
    return "unplanned";
  }

  private pairsOf(person: string, day: Day, create: boolean): number[] | undefined {
    let p = this.people.get(person);
    if (p === undefined) {
      if (!create) return undefined;
      p = this.people.size;
      this.people.set(person, p);
    }
    const key = (day - this.from) * this.peopleBound + p;
    let pairs = this.days.get(key);
    if (pairs === undefined && create) {
      pairs = [];
      this.days.set(key, pairs);
    }
    return pairs;
  }

  private customerId(customer: string): number {
    let id = this.customers.get(customer);
    if (id === undefined) {
      id = this.customers.size;
      this.customers.set(customer, id);
    }
    return id;
  }
}
