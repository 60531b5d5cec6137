/**
 * The split tool (SPEC §1.2): write a parent target's children — into the salespeople of its region
 * or into the months of its year or quarter — so that they add up exactly to the parent. Shares are
 * computed in whole rounding units with the largest-remainder method: each child gets the floor of its
 * exact share, and the units left over go to the children with the largest fractions (earlier
 * children first on a tie). Working in integers means no float drift in the total.
 */
import { SalesPaceError } from "../errors";
import type { MetricKey } from "../model";
import { type WorkCalendar, countWorkingDays } from "../periods/calendar";
import { parsePeriod, subPeriods } from "../periods/period";
import { matchKey } from "../text/fold";

/** The target row being split (Targets columns). */
export interface SplitParent {
  readonly period: string;
  readonly region: string | null;
  readonly salesperson: string | null;
  readonly dealer: string | null;
  readonly product: string | null;
  readonly metric: MetricKey;
  readonly value: number;
}

/** A salesperson as the split tool needs to know them (from the Salespeople list). */
export interface RosterEntry {
  readonly name: string;
  readonly region: string | null;
  readonly active: boolean;
}

interface SplitBase {
  readonly parent: SplitParent;
  /** Children are multiples of this (1, 0.01, 100 …). */
  readonly unit: number;
  /** For method "weights": a weight per child (salesperson name or month text like `2026-03`); missing = 0. */
  readonly weights?: Readonly<Record<string, number>>;
}

export type SplitRequest =
  | (SplitBase & {
      readonly into: "salespeople";
      readonly method: "even" | "weights";
      /** The Salespeople list; the active members of the parent's region receive a share. */
      readonly roster: readonly RosterEntry[];
    })
  | (SplitBase & { readonly into: "months"; readonly method: "even" | "workingDays" | "weights" });

/** One child target row to write into Targets. */
export type SplitChild = SplitParent;

const bad = (message: string): SalesPaceError => new SalesPaceError("BadArgument", message);

/**
 * Splits `total` whole units by weights with the largest-remainder method; the parts sum to `total`.
 *
 * @throws SalesPaceError BadArgument when a weight is negative or they sum to 0
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw bad("Weights must be numbers of 0 or more.");
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw bad("The weights add up to 0: give at least one child a weight above 0.");
  if (total < 0) return apportion(-total, weights).map((part) => -part);
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map(Math.floor);
  const order = quotas
    .map((quota, i) => ({ i, fraction: quota - parts[i] }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  // rest is normally 0…n−1; float rounding in the quotas can make it −1, which is handled the same way.
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k].i] += 1;
  for (let k = order.length - 1; rest < 0; k = (k - 1 + order.length) % order.length) {
    if (parts[order[k].i] > 0) {
      parts[order[k].i] -= 1;
      rest++;
    }
  }
  return parts;
}

/** Turns whole units back into a value, exactly for decimal units such as 0.01. */
function valueOfUnits(units: number, unit: number): number {
  const perOne = Math.round(1 / unit);
  if (unit < 1 && Math.abs(perOne * unit - 1) < 1e-12) return units / perOne;
  return units * unit;
}

function unitsOf(value: number, unit: number): number {
  if (!Number.isFinite(unit) || unit <= 0)
    throw bad("The rounding unit must be a number above 0, e.g. 1, 0.01 or 100.");
  if (!Number.isFinite(value)) throw bad("The target to split must be a number.");
  const units = Math.round(value / unit);
  if (Math.abs(valueOfUnits(units, unit) - value) > 1e-9 * Math.max(1, Math.abs(value))) {
    throw bad(`The target ${value} is not a whole number of rounding units (${unit}); pick a smaller unit.`);
  }
  return units;
}

function weightsFor(
  keys: readonly string[],
  request: SplitRequest,
  fixed: (key: string) => number,
): number[] {
  if (request.method === "weights") return keys.map((key) => request.weights?.[key] ?? 0);
  return keys.map(fixed);
}

/**
 * Produces the children of a parent target, in order (Salespeople order, or month order).
 *
 * @throws SalesPaceError BadArgument for an unknown region or one without active salespeople, a
 *   salesperson's target split into salespeople, a period that is not a year or quarter when splitting
 *   into months, weights that are negative or add up to 0, a unit that is not above 0, or a parent
 *   value that is not a whole number of units
 * @example splitTarget({ parent, into: "months", method: "workingDays", unit: 1 }, calendar)
 */
export function splitTarget(request: SplitRequest, calendar: WorkCalendar): SplitChild[] {
  const { parent, unit } = request;
  const total = unitsOf(parent.value, unit);
  if (request.into === "salespeople") {
    if (parent.salesperson !== null) {
      throw bad(`This target already belongs to ${parent.salesperson}; split it into months instead.`);
    }
    if (parent.region === null) throw bad("Pick the region whose target is split into its salespeople.");
    const region = matchKey(parent.region);
    const inRegion = request.roster.filter((p) => p.region !== null && matchKey(p.region) === region);
    if (inRegion.length === 0)
      throw bad(`No salesperson is in region "${parent.region}"; check the Salespeople list.`);
    const members = inRegion.filter((p) => p.active).map((p) => p.name);
    if (members.length === 0)
      throw bad(`Region "${parent.region}" has no active salesperson to split the target into.`);
    const parts = apportion(
      total,
      weightsFor(members, request, () => 1),
    );
    return members.map((name, i) => ({ ...parent, salesperson: name, value: valueOfUnits(parts[i], unit) }));
  }
  const period = parsePeriod(parent.period);
  if (period === null || (period.kind !== "year" && period.kind !== "quarter")) {
    throw bad(`Only a year or a quarter can be split into months; "${parent.period}" cannot.`);
  }
  const months = subPeriods(period, "month");
  const weights = weightsFor(
    months.map((m) => m.text),
    request,
    (text) => {
      if (request.method === "even") return 1;
      const month = months.find((m) => m.text === text)!;
      return countWorkingDays(calendar, month.start, month.end);
    },
  );
  const parts = apportion(total, weights);
  return months.map((month, i) => ({ ...parent, period: month.text, value: valueOfUnits(parts[i], unit) }));
}

/** The Salespeople list as a split roster (blank Active counts as active). */
export function rosterOf(
  rows: readonly { name: string | null; region: string | null; active: boolean | null }[],
): RosterEntry[] {
  const roster: RosterEntry[] = [];
  for (const row of rows)
    if (row.name !== null) roster.push({ name: row.name, region: row.region, active: row.active !== false });
  return roster;
}
