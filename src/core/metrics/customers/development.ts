/**
 * Customer development (客户开发, SPEC §8.4) per salesperson (the customer's Owner) and region, for the
 * view: prospects at its start and added in it, those won (first order ever in the view), conversion,
 * days from the first contact to the first order, and new-customer visits per customer won.
 */
import type { Day } from "../../periods/day";
import { ratioOrNull } from "../figures";
import type { NameResolver } from "../resolve";
import type { CustomerAccounts } from "./accounts";
import { isLostOn } from "./ledger";
import type { DevelopmentLine } from "./types";

interface Tally {
  prospectsAtStart: number;
  prospectsAdded: number;
  won: number;
  daysToFirstOrder: number;
  newCustomerVisits: number;
}

const emptyTally = (): Tally => ({
  prospectsAtStart: 0,
  prospectsAdded: 0,
  won: 0,
  daysToFirstOrder: 0,
  newCustomerVisits: 0,
});

function lineOf(salesperson: string | null, region: string | null, t: Tally): DevelopmentLine {
  return {
    salesperson,
    region,
    prospectsAtStart: t.prospectsAtStart,
    prospectsAdded: t.prospectsAdded,
    won: t.won,
    conversion: ratioOrNull(t.won, t.prospectsAtStart + t.prospectsAdded),
    daysToFirstOrder: t.won > 0 ? t.daysToFirstOrder / t.won : null,
    newCustomerVisitsPerWin: ratioOrNull(t.newCustomerVisits, t.won),
  };
}

/**
 * Development lines: each salesperson with something to show, in Salespeople order, then each
 * region's line (salesperson null). New-customer visits count for the customer's Owner, or for the
 * row's salesperson where the customer has none.
 *
 * @example customerDevelopment(accounts, resolver, ["王伟"], view.start, asOf)[0].won
 */
export function customerDevelopment(
  accounts: CustomerAccounts,
  resolver: NameResolver,
  salespeople: readonly string[],
  from: Day,
  to: Day,
): DevelopmentLine[] {
  const people = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    let t = people.get(name);
    if (t === undefined) people.set(name, (t = emptyTally()));
    return t;
  };
  for (const history of accounts.values()) {
    const owner = resolver.salesperson(history.master?.owner ?? null);
    // The accounts hold the new-customer visits of the view they were built for (from…to).
    if (owner !== null && history.newCustomerVisits > 0)
      tally(owner).newCustomerVisits += history.newCustomerVisits;
    if (owner === null)
      for (const [who, n] of history.newCustomerVisitsBy) {
        const person = resolver.salesperson(who);
        if (person !== null) tally(person).newCustomerVisits += n;
      }
    const master = history.master;
    if (master === null || owner === null) continue;
    const { firstOrder, firstRow } = history;
    const t = tally(owner);
    const createdBefore = master.since === null || master.since < from;
    if (createdBefore && (firstOrder === null || firstOrder >= from) && !isLostOn(history, from - 1))
      t.prospectsAtStart++;
    if (master.since !== null && master.since >= from && master.since <= to) t.prospectsAdded++;
    if (firstOrder !== null && firstOrder >= from && firstOrder <= to) {
      t.won++;
      t.daysToFirstOrder += firstOrder - (firstRow ?? firstOrder);
    }
  }
  const order = [...salespeople, ...[...people.keys()].filter((p) => !salespeople.includes(p))];
  const lines: DevelopmentLine[] = [];
  const regions = new Map<string, Tally>();
  for (const name of order) {
    const t = people.get(name);
    if (t === undefined) continue;
    const region = resolver.regionOf(name);
    lines.push(lineOf(name, region, t));
    if (region === null) continue;
    const r = regions.get(region) ?? emptyTally();
    r.prospectsAtStart += t.prospectsAtStart;
    r.prospectsAdded += t.prospectsAdded;
    r.won += t.won;
    r.daysToFirstOrder += t.daysToFirstOrder;
    r.newCustomerVisits += t.newCustomerVisits;
    regions.set(region, r);
  }
  for (const [region, t] of regions) lines.push(lineOf(null, region, t));
  return lines;
}
