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

interface Slot {
  readonly group: string;
  planned: number;
  reported: number;
}

/**
 * Tallies plan and report rows dated `from`…`to` into groups. `groupOf` names the group of a
 * salesperson's day, or null to leave it out; rows whose salesperson does not resolve are left out.
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
  const slots = new Map<string, Slot>();
  const slotOf = (group: string, person: string, day: Day, customer: string): Slot => {
    const key = `${person}\u0000${day}\u0000${customer}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { group, planned: 0, reported: 0 };
      slots.set(key, slot);
    }
    return slot;
  };

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
    slotOf(group, person, row.date, customer).reported += 1;
  }
  for (const row of book.visitPlan) {
    if (row.date === null || row.date < from || row.date > to) continue;
    const person = resolver.salesperson(row.salesperson);
    const customer = resolver.customer(row.customer);
    if (person === null || customer === null) continue;
    const group = groupOf(person, row.date);
    if (group === null) continue;
    tallyOf(group).plannedVisits += 1;
    slotOf(group, person, row.date, customer).planned += 1;
  }
  for (const slot of slots.values()) {
    const tally = tallies.get(slot.group)!;
    tally.plannedVisitsDone += Math.min(slot.planned, slot.reported);
    if (slot.planned === 0) tally.unplannedVisits += slot.reported;
  }
  return tallies;
}
